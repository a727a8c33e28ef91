import { browserSupportsWebAuthn } from '@simplewebauthn/browser';
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import { ConfirmButton } from '../../ui/confirm-button';
import { ErrorNote } from '../../ui/error-note';
import form from '../../ui/form.module.css';
import { When } from '../../ui/when';
import { PasskeyError } from '../session/passkey-error';
import { useRegisterPasskey, useRemovePasskey } from './account.mutations';
import { accountQueries } from './account.queries';

/** Register a passkey on this device; see and remove one's passkeys. */
export function PasskeysSection() {
  const { t } = useT();
  const passkeys = useQuery(accountQueries.passkeys());
  const register = useRegisterPasskey();
  const remove = useRemovePasskey();
  return (
    <section aria-labelledby="passkeys">
      <h2 id="passkeys">{t('passkey.title')}</h2>
      <p className={form.help}>{t('passkey.about')}</p>
      {browserSupportsWebAuthn() && (
        <div className={button.actions}>
          <button type="button" className={button.primary} disabled={register.isPending} onClick={() => register.mutate()}>
            {t('passkey.register')}
          </button>
        </div>
      )}
      {register.isSuccess && <p role="status">{t('passkey.registered')}</p>}
      <PasskeyError error={register.error} />
      <ErrorNote error={remove.error} />
      {passkeys.data?.length === 0 && <p>{t('passkey.none')}</p>}
      {!!passkeys.data?.length && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('passkey.name')}</th>
              <th scope="col">{t('passkey.created')}</th>
              <th scope="col">{t('passkey.lastUsed')}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {passkeys.data.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.name}</th>
                <td>
                  <When at={p.createdAt} />
                </td>
                <td>{p.lastUsedAt ? <When at={p.lastUsedAt} /> : t('passkey.never')}</td>
                <td>
                  <ConfirmButton
                    label={t('passkey.remove')}
                    question={t('passkey.removeConfirm', { name: p.name })}
                    object={p.name}
                    onConfirm={() => remove.mutate(p.id)}
                    disabled={remove.isPending}
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
