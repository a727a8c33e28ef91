import { useId } from 'react';
import type { Amendment } from '../../api/client';
import { useT } from '../../i18n/translate';
import { StateBadge } from '../../ui/state-badge';
import { TrackedClause } from '../../ui/tracked-change';
import cards from '../amendments/amendment-card.module.css';
import { newWords, operationOf } from '../amendments/amendment-words';
import { OwnPlace } from './own-place';

/**
 * The amendment under consideration, its change marked in the words it amends and who moved it, as its card shows
 * them (the card itself, with its actions, stays under its clause: the number links to it).
 */
function Considered({ a, parent }: { a: Amendment; parent?: Amendment }) {
  const { credit } = useT();
  const base = parent ? (newWords(parent) ?? undefined) : (a.clauseText ?? undefined);
  const op = operationOf(a);
  return (
    <div className={cards.card}>
      <p className={cards.title}>
        <a href={`#amendment-${a.id}`} className="number">
          {a.number}
        </a>{' '}
        <StateBadge state={a.state} />
      </p>
      <p className={cards.meta}>
        {credit(a, true)} · <span lang={a.language}>{a.description}</span>
      </p>
      {(base !== undefined || op.kind === 'add_clause') && (
        <p className="office-text" lang={a.language}>
          <TrackedClause text={base ?? ''} op={op} />
        </p>
      )}
    </div>
  );
}

/** The delegate's view of the room on the decision's page: their place on the list of speakers, and what the Chair has taken up. */
export function RoomNow({ decisionId, amendments }: { decisionId: string; amendments: Amendment[] }) {
  const { t } = useT();
  const id = useId();
  const considered = amendments.filter((a) => a.state === 'under_consideration');
  return (
    <>
      <OwnPlace decisionId={decisionId} />
      {considered.length > 0 && (
        <section aria-labelledby={`${id}-title`}>
          <h2 id={`${id}-title`}>{t('speakers.underConsideration')}</h2>
          {considered.map((a) => (
            <Considered key={a.id} a={a} parent={amendments.find((p) => p.id === a.parentId)} />
          ))}
        </section>
      )}
    </>
  );
}
