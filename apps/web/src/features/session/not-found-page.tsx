import { Link } from 'react-router';
import { useT } from '../../i18n/translate';

export function NotFoundPage() {
  const { t } = useT();
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>
        <Link to="/">{t('nav.home')}</Link>
      </p>
    </>
  );
}
