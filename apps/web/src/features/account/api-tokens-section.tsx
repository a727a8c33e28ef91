import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import { ConfirmButton } from '../../ui/confirm-button';
import { ErrorNote } from '../../ui/error-note';
import form from '../../ui/form.module.css';
import notice from '../../ui/notice.module.css';
import { When } from '../../ui/when';
import { useCreateApiToken, useRevokeApiToken } from './account.mutations';
import { accountQueries } from './account.queries';

/** Make an API token (shown once), see one's tokens, revoke one. */
export function ApiTokensSection() {
  const { t } = useT();
  const tokens = useQuery(accountQueries.apiTokens());
  const create = useCreateApiToken();
  const revoke = useRevokeApiToken();
  const [name, setName] = useState('');
  const [copied, setCopied] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setCopied(false);
    create.mutate(name.trim(), { onSuccess: () => setName('') });
  };
  const made = create.data;
  return (
    <section aria-labelledby="api-tokens">
      <h2 id="api-tokens">{t('apiToken.title')}</h2>
      <p className={form.help}>{t('apiToken.about')}</p>
      {made ? (
        <div className={notice.notice} role="alert">
          <p>{t('apiToken.once', { name: made.name })}</p>
          <p>
            <code className="number" data-testid="new-api-token">
              {made.token}
            </code>
          </p>
          <div className={button.actions}>
            <button type="button" className={button.button} onClick={() => void navigator.clipboard.writeText(made.token).then(() => setCopied(true))}>
              {t('apiToken.copy')}
            </button>
            <button type="button" className={button.button} onClick={() => create.reset()}>
              {t('apiToken.done')}
            </button>
          </div>
          {copied && <p role="status">{t('apiToken.copied')}</p>}
        </div>
      ) : (
        <form onSubmit={submit} className={form.panel}>
          <label htmlFor="api-token-name">{t('apiToken.name')}</label>
          <input id="api-token-name" value={name} maxLength={100} onChange={(e) => setName(e.target.value)} required />
          <div className={button.actions}>
            <button type="submit" className={button.button} disabled={create.isPending}>
              {t('apiToken.create')}
            </button>
          </div>
          <ErrorNote error={create.error} />
        </form>
      )}
      <ErrorNote error={revoke.error} />
      {tokens.data?.length === 0 && <p>{t('apiToken.none')}</p>}
      {!!tokens.data?.length && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('apiToken.name')}</th>
              <th scope="col">{t('apiToken.created')}</th>
              <th scope="col">{t('apiToken.lastUsed')}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {tokens.data.map((k) => (
              <tr key={k.id}>
                <th scope="row">{k.name}</th>
                <td>
                  <When at={k.createdAt} />
                </td>
                <td>{k.lastUsedAt ? <When at={k.lastUsedAt} /> : t('passkey.never')}</td>
                <td>
                  <ConfirmButton
                    label={t('apiToken.revoke')}
                    question={t('apiToken.revokeConfirm', { name: k.name })}
                    object={k.name}
                    onConfirm={() => revoke.mutate(k.id)}
                    disabled={revoke.isPending}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
