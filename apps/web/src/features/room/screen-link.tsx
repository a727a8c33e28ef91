import { useState } from 'react';
import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import { ErrorNote } from '../../ui/error-note';
import notice from '../../ui/notice.module.css';
import styles from '../members/token-once.module.css';
import { useIssueScreenLink } from './room.mutations';

/**
 * On the Secretariat's desk, per decision: issues the room's public screen link and shows it once,
 * with a copy button, as a new principal's token is shown (features/members/token-once.tsx).
 */
export function ScreenLink({ decisionId, paragraph }: { decisionId: string; paragraph: number }) {
  const { t } = useT();
  const issue = useIssueScreenLink(decisionId);
  const [copied, setCopied] = useState(false);
  const link = issue.data && `${window.location.origin}${issue.data.link}`;
  if (!link) {
    return (
      <>
        <button type="button" className={button.button} disabled={issue.isPending} onClick={() => issue.mutate()}>
          {t('room.issue', { paragraph })}
        </button>
        <ErrorNote error={issue.error} />
      </>
    );
  }
  const titleId = `screen-link-${decisionId}`;
  return (
    <section className={styles.tokenOnce} role="alert" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('room.linkTitle', { paragraph })}</h3>
      <p className={notice.notice}>{t('room.linkWarning')}</p>
      <p>
        <code className="number" data-testid="screen-link">
          {link}
        </code>
      </p>
      <div className={button.actions}>
        <button
          type="button"
          className={button.button}
          onClick={() =>
            void navigator.clipboard.writeText(link).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {t('room.copyLink')}
        </button>
        <button
          type="button"
          className={button.button}
          onClick={() => {
            setCopied(false);
            issue.reset();
          }}
        >
          {t('members.tokenDone')}
        </button>
      </div>
      {copied && <p role="status">{t('members.copied')}</p>}
    </section>
  );
}
