import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Schemas } from '../../api/client';
import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import { DRAFTING_LANGUAGE } from '../../ui/decision-text';
import { StateBadge } from '../../ui/state-badge';
import { AmendmentCard } from '../amendments/amendment-card';
import cards from '../amendments/amendment-card.module.css';
import { newWords } from '../amendments/amendment-words';
import { amendmentQueries } from '../amendments/amendments.queries';
import { FilingPanel } from '../amendments/filing-panel';
import { sessionQueries } from '../session/session.queries';
import { EventButtons } from '../workflow/event-buttons';
import { useAdjustmentEvent } from './plan.mutations';

/** A proposed adjustment: its words, its events, and its amendments, filed and decided as the decision's are. */
export function AdjustmentItem({ a }: { a: Schemas['AdjustmentView'] }) {
  const { t, tGroup } = useT();
  const amendments = useQuery(amendmentQueries.byAdjustment(a.id));
  const send = useAdjustmentEvent(a.id);
  const [filing, setFiling] = useState(false);
  const me = useQuery(sessionQueries.me());
  const list = amendments.data ?? [];
  const mayAmend = me.data?.role === 'member' && a.state === 'proposed' && !!a.text;
  return (
    <article className={cards.card} aria-labelledby={`adjustment-${a.id}`}>
      <h3 id={`adjustment-${a.id}`}>
        <span className="number">{a.number}</span> {t(`adjustment.${a.kind}`)} <StateBadge state={a.state} />
      </h3>
      <p className={cards.meta}>{a.proposedBy === 'Office' ? t('credit.office') : t('credit.proposed', { group: tGroup(a.proposedBy) })}</p>
      {a.text && (
        <p className="office-text" lang={DRAFTING_LANGUAGE}>
          {a.text}
        </p>
      )}
      <p>
        <strong>{t('amendment.rationale')}</strong> <span translate="no">{a.rationale}</span>
      </p>
      <EventButtons target={a} send={send} object={a.number} />
      {mayAmend && (
        <div className={button.actions}>
          <button type="button" className={button.button} aria-expanded={filing} onClick={() => setFiling(!filing)}>
            {t('point.amendAdjustment')}
          </button>
        </div>
      )}
      {filing && a.text && <FilingPanel target={{ kind: 'adjustment', adjustmentId: a.id, number: a.number, text: a.text }} onDone={() => setFiling(false)} />}
      {list.length > 0 && (
        <section aria-label={t('point.amendmentsTo', { number: a.number })}>
          <h4>{t('point.amendmentsTo', { number: a.number })}</h4>
          <ul className={cards.list}>
            {list.map((x) => (
              <li key={x.id}>
                <AmendmentCard
                  a={x}
                  baseText={x.parentId ? (newWords(list.find((p) => p.id === x.parentId) ?? x) ?? undefined) : (a.text ?? undefined)}
                  level={5}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
