import { type Applied, applyOperation, type TextOperation } from '@gbdw/drafting';
import { useLanguage } from '../i18n/language';
import { useT } from '../i18n/translate';
import styles from './notice.module.css';

/** An insertion or deletion as the house style asks: <ins>/<del> with translated start and end words for screen readers. */
function Change({ kind, children }: { kind: 'insertion' | 'deletion'; children: string }) {
  const { t } = useT();
  // The words read out are the interface's, inside a text in its own language.
  const { language } = useLanguage();
  const Tag = kind === 'insertion' ? 'ins' : 'del';
  return (
    <Tag>
      <span className="visually-hidden" lang={language}>
        {t(`change.${kind}Begins`)}{' '}
      </span>
      {children}
      <span className="visually-hidden" lang={language}>
        {' '}
        {t(`change.${kind}Ends`)}
      </span>
    </Tag>
  );
}

export const Ins = ({ children }: { children: string }) => <Change kind="insertion">{children}</Change>;
const Del = ({ children }: { children: string }) => <Change kind="deletion">{children}</Change>;

/** The words of an applied change in their text: kept, removed, added, kept. */
export function ChangeInText({ before, applied }: { before: string; applied: Pick<Applied, 'span' | 'removed' | 'added'> }) {
  return (
    <>
      {before.slice(0, applied.span.start)}
      {applied.removed && <Del>{applied.removed}</Del>}
      {applied.added && <Ins>{applied.added}</Ins>}
      {before.slice(applied.span.end)}
    </>
  );
}

/**
 * A clause as an amendment would change it, computed in the browser by libs/drafting — the code
 * the server applies at adoption — so the preview is the text that would be adopted.
 */
export function TrackedClause({ text, op }: { text: string; op: TextOperation }) {
  const { t } = useT();
  if (op.kind === 'delete_clause') return <Del>{text}</Del>;
  if (op.kind === 'add_clause') return <Ins>{op.text}</Ins>;
  let applied: Applied;
  try {
    applied = applyOperation(text, op);
  } catch {
    return (
      <>
        {text} <span className={styles.notice}>{t('amendment.anchorGone')}</span>
      </>
    );
  }
  return <ChangeInText before={text} applied={applied} />;
}
