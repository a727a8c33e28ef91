import { useT } from '../i18n/translate';
import form from './form.module.css';
import styles from './notice.module.css';

/** The limit said before typing, and how much is used: over it the form says so here rather than after sending. */
export function CharCount({ id, value, max }: { id: string; value: string; max: number }) {
  const { t } = useT();
  const count = [...value].length;
  return count > max ? (
    <p id={id} className={styles.fieldError}>
      {t('form.tooLong', { count, max })}
    </p>
  ) : (
    <p id={id} className={form.help}>
      {t('form.count', { count, max })}
    </p>
  );
}
