import styles from './paragraph-number.module.css';

/** A paragraph's number as the Office prints it, before its text. */
export const ParagraphNumber = ({ n }: { n: number }) => <span className={styles.number}>{n}.</span>;
