import { useQuery } from '@tanstack/react-query';
import { useT } from '../../i18n/translate';
import notice from '../../ui/notice.module.css';
import { useWhen } from '../../ui/when';
import { sessionQueries } from '../session/session.queries';

/** Before filing after the deadline: it will be late, and taken up only with the Chair's leave. */
export function LateNotice({ sub }: { sub: boolean }) {
  const { t } = useT();
  const when = useWhen();
  const sessions = useQuery(sessionQueries.list());
  const deadline = (sessions.data ?? []).map((s) => (sub ? s.subamendmentDeadline : s.amendmentDeadline)).find((d) => d != null);
  if (!deadline || new Date(deadline).getTime() > Date.now()) return null;
  return (
    <p className={notice.notice} role="note">
      {t('filing.late', { sub: String(sub), deadline: when(deadline) })}
    </p>
  );
}
