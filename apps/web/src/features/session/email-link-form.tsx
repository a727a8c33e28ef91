import { type FormEvent, useId, useState } from 'react';
import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import { ErrorNote } from '../../ui/error-note';
import { useAskForSignInLink } from './sign-in-link.mutations';

/** “E-mail me a sign-in link”: the page says the same whatever the address, so it tells no one who is registered. */
export function EmailLinkForm() {
  const { t } = useT();
  const id = useId();
  const ask = useAskForSignInLink();
  const [email, setEmail] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    ask.mutate(email);
  };
  return (
    <form onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('signIn.byMail')}</h2>
      <label htmlFor={`${id}-email`}>{t('signIn.email')}</label>
      <input id={`${id}-email`} name="email" type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
      <button type="submit" className={button.primary} disabled={ask.isPending}>
        {t('signIn.sendLink')}
      </button>
      {ask.isSuccess && <p role="status">{t('signIn.linkOnItsWay')}</p>}
      <ErrorNote error={ask.error} />
    </form>
  );
}
