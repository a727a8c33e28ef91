import { ApiFailure } from '../../api/client';
import { useT } from '../../i18n/translate';
import { ErrorNote } from '../../ui/error-note';
import notice from '../../ui/notice.module.css';

/** The API's refusal in its words; anything else is the browser or the person stopping the passkey prompt. */
export function PasskeyError({ error }: { error: unknown }) {
  const { t } = useT();
  if (!error) return null;
  if (error instanceof ApiFailure) return <ErrorNote error={error} />;
  return (
    <div className={notice.error} role="alert">
      <p>{t('passkey.notCompleted')}</p>
    </div>
  );
}
