import { useT } from '../../i18n/translate';
import { ApiTokensSection } from './api-tokens-section';
import { PasskeysSection } from './passkeys-section';
import { SessionsSection } from './sessions-section';

/** My account, for everyone signed in: passkeys on my devices, my API tokens, where I am signed in. */
export function AccountPage() {
  const { t } = useT();
  return (
    <>
      <h1>{t('account.title')}</h1>
      <p>{t('account.intro')}</p>
      <PasskeysSection />
      <SessionsSection />
      <ApiTokensSection />
    </>
  );
}
