import { useState } from 'react';
import type { Schemas } from '../../api/client';
import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import form from '../../ui/form.module.css';
import notice from '../../ui/notice.module.css';
import styles from './token-once.module.css';

/** The token of a principal just created: shown here once, with a copy button and the warning that it will not be shown again. */
export function TokenOnce({ created, onDone }: { created: Schemas['MemberCreatedView']; onDone: () => void }) {
  const { t } = useT();
  const [copied, setCopied] = useState(false);
  const link = `${location.origin}/sign-in#token=${created.token}`;
  return (
    <section className={styles.tokenOnce} role="alert" aria-labelledby="token-once">
      <h2 id="token-once">{t('members.tokenFor', { name: created.name })}</h2>
      <p className={notice.notice}>{t('members.tokenWarning')}</p>
      <p>
        <code className="number" data-testid="new-token">
          {created.token}
        </code>
      </p>
      <p className={form.help}>{t('members.linkHelp', { link })}</p>
      <div className={button.actions}>
        <button
          type="button"
          className={button.button}
          onClick={() =>
            void navigator.clipboard.writeText(created.token).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {t('members.copy')}
        </button>
        <button type="button" className={button.button} onClick={onDone}>
          {t('members.tokenDone')}
        </button>
      </div>
      {copied && <p role="status">{t('members.copied')}</p>}
    </section>
  );
}
