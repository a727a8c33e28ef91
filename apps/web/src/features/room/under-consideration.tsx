import type { Language } from '@gbdw/drafting';
import type { Amendment } from '../../api/client';
import { useT } from '../../i18n/translate';
import { TrackedClause } from '../../ui/tracked-change';
import { amendmentToRead, newWordsIn, type TextVersion } from '../decisions/reading-language';
import styles from './room.module.css';

/**
 * One amendment the Chair took up, as the room reads it: its number and mover, and its change marked
 * in the words it amends (its clause, or for a sub-amendment its parent's new words), in the screen's
 * language where a version of it can be read, else as moved.
 */
export function AmendmentOnScreen({ a, all, texts, reader }: { a: Amendment; all: Amendment[]; texts: TextVersion[]; reader: Language }) {
  const { t, credit } = useT();
  const parent = a.parentId ? all.find((x) => x.id === a.parentId) : undefined;
  const clauseIn = (lang: Language) => texts.find((x) => x.lang === lang)?.clauses.find((c) => c.id === a.clauseId);
  const reading = amendmentToRead(a, reader, (lang) => (parent ? newWordsIn(parent, lang) : clauseIn(lang)?.text));
  // A new clause has no label yet; a sub-amendment amends words, not a clause.
  const clause = reading.op.kind === 'add_clause' || parent ? undefined : clauseIn(reading.lang);
  return (
    <article className={styles.amendment} aria-labelledby={`screen-${a.id}`}>
      <h3 id={`screen-${a.id}`} className="number">
        {t('room.amendment', { sub: a.parentId ? 'yes' : 'no', number: a.number })}
      </h3>
      <p className={styles.meta}>
        {credit(a)}
        {clause && ` · ${t('room.onClause', { label: clause.label })}`}
        {' · '}
        <span lang={reading.lang}>{reading.description}</span>
      </p>
      <p className="office-text" lang={reading.lang}>
        <TrackedClause text={reading.base ?? ''} op={reading.op} />
      </p>
    </article>
  );
}
