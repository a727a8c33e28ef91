import { useT } from '../i18n/translate';
import styles from './loading.module.css';

/** What a page shows until its reads arrive. */
export function Loading() {
  const { t } = useT();
  return <p className={styles.loading}>{t('common.loading')}</p>;
}
