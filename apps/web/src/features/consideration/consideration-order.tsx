import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { type Amendment, ApiFailure } from '../../api/client';
import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import { ErrorNote } from '../../ui/error-note';
import notice from '../../ui/notice.module.css';
import { AmendmentCard } from '../amendments/amendment-card';
import cards from '../amendments/amendment-card.module.css';
import { newWords } from '../amendments/amendment-words';
import { sessionQueries } from '../session/session.queries';
import { type ConsiderationItem, consequencesOf, moveEntry, orderOf, runsOf } from './consideration';
import { considerationQueries, useRecordOrder } from './consideration.queries';
import styles from './consideration-order.module.css';

const PENDING = ['submitted', 'circulated', 'under_consideration'];

function parentWords(all: Amendment[], a: Amendment): string | undefined {
  const parent = all.find((x) => x.id === a.parentId);
  return (parent && newWords(parent)) ?? undefined;
}

/**
 * The pending amendments in the order the Chair takes them up (the Chair's recorded order, else the one proposed from
 * the rules), competing ones together, each with what its adoption entails; the Chair moves them up or down and records the order.
 */
export function ConsiderationOrder({ decisionId, amendments }: { decisionId: string; amendments: Amendment[] }) {
  const { t } = useT();
  const me = useQuery(sessionQueries.me());
  const view = useQuery(considerationQueries.order(decisionId));
  const record = useRecordOrder(decisionId);
  const [draft, setDraft] = useState<string[] | null>(null);
  const [said, setSaid] = useState('');
  const read = view.data ? orderOf(view.data) : [];
  const byId = new Map(amendments.filter((a) => PENDING.includes(a.state)).map((a) => [a.id, a]));
  // The Chair's draft over the order as it now reads: what is no longer pending left out, anything new last.
  const current = new Map(read.map((i) => [i.id, i]));
  const ordered = draft ? [...draft.flatMap((id) => current.get(id) ?? []), ...read.filter((i) => !draft.includes(i.id))] : read;
  const items = ordered.filter((i) => byId.has(i.id));
  // Pending but not yet in the order read (filed a moment ago): last, until the order is read again.
  const unordered = [...byId.values()].filter((a) => !current.has(a.id));
  const mayOrder = me.data?.role === 'chair' && items.length > 1;
  const changed = draft !== null && draft.join() !== read.map((i) => i.id).join();

  const move = (index: number, delta: -1 | 1) => {
    const moved = moveEntry(items, index, delta);
    if (!moved) return;
    record.reset();
    setDraft(moved.map((i) => i.id));
    const { id, number } = items[index];
    setSaid(t('consideration.moved', { number, place: index + delta + 1, count: items.length }));
    // Focus stays with the amendment moved: on the same button, or the other where it reached an end.
    requestAnimationFrame(() => {
      const same = document.getElementById(`move-${delta < 0 ? 'up' : 'down'}-${id}`) as HTMLButtonElement | null;
      (same && !same.disabled ? same : document.getElementById(`move-${delta < 0 ? 'down' : 'up'}-${id}`))?.focus();
    });
  };
  const save = () =>
    record.mutate(
      { amendmentIds: items.map((i) => i.id), expectedVersion: view.data?.version ?? 0 },
      {
        onSuccess: () => {
          setDraft(null);
          setSaid(t('consideration.recorded'));
        },
        // Someone recorded another order first: theirs is read again and shown, with the error saying so.
        onError: (e) => e instanceof ApiFailure && e.body.statusCode === 409 && setDraft(null),
      },
    );

  const entry = (item: ConsiderationItem | null, a: Amendment, index: number) => {
    const lines = item ? consequencesOf(item) : [];
    return (
      <li key={a.id}>
        {a.onBehalf === 'self' && !a.seconder && <p className={notice.notice}>{t('chair.waitingForSeconder')}</p>}
        <AmendmentCard a={a} baseText={parentWords(amendments, a)} />
        {lines.length > 0 && (
          <ul className={styles.entails} aria-label={t('consideration.entails', { number: a.number })}>
            {lines.map((l) => (
              <li key={`${l.key}-${l.values.number}`}>{t(l.key, l.values)}</li>
            ))}
          </ul>
        )}
        {mayOrder && item && (
          <div className={button.actions}>
            {(['up', 'down'] as const).map((dir) => (
              <button
                key={dir}
                type="button"
                id={`move-${dir}-${a.id}`}
                className={button.button}
                aria-label={t(dir === 'up' ? 'consideration.upNamed' : 'consideration.downNamed', { number: a.number })}
                disabled={!moveEntry(items, index, dir === 'up' ? -1 : 1)}
                onClick={() => move(index, dir === 'up' ? -1 : 1)}
              >
                {t(dir === 'up' ? 'consideration.up' : 'consideration.down')}
              </button>
            ))}
          </div>
        )}
      </li>
    );
  };
  const place = (i: ConsiderationItem) => items.indexOf(i);
  const groupNumbers = (group: number) =>
    items
      .filter((i) => i.group === group)
      .map((i) => i.number)
      .join(', ');

  return (
    <>
      <h2 id="order">{t('chair.order', { count: items.length + unordered.length })}</h2>
      {items.length > 0 && <p className={styles.source}>{t('consideration.source', { chair: view.data?.chairOrder ? 'yes' : 'no' })}</p>}
      {changed && (
        <div className={styles.unsaved}>
          <p>{t('consideration.unsaved')}</p>
          <div className={button.actions}>
            <button type="button" className={button.primary} disabled={record.isPending} onClick={save}>
              {t('consideration.record')}
            </button>
            <button type="button" className={button.button} onClick={() => setDraft(null)}>
              {t('consideration.reset')}
            </button>
          </div>
        </div>
      )}
      <ErrorNote error={record.error} />
      <p className="visually-hidden" role="status">
        {said}
      </p>
      <ol className={cards.list}>
        {runsOf(items).map((run) =>
          run.group === null ? (
            entry(run.items[0], byId.get(run.items[0].id)!, place(run.items[0]))
          ) : (
            <li key={`group-${run.items[0].id}`} className={styles.group}>
              <p className={styles.groupTitle}>{t('consideration.group', { numbers: groupNumbers(run.group) })}</p>
              <ol className={cards.list}>{run.items.map((i) => entry(i, byId.get(i.id)!, place(i)))}</ol>
            </li>
          ),
        )}
        {unordered.map((a) => entry(null, a, -1))}
      </ol>
    </>
  );
}
