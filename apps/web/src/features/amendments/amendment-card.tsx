import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import type { Amendment } from '../../api/client';
import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import notice from '../../ui/notice.module.css';
import { Badge, StateBadge } from '../../ui/state-badge';
import { TrackedClause } from '../../ui/tracked-change';
import { sessionQueries } from '../session/session.queries';
import { StatementForm } from '../statements/statement-form';
import { StatementsByGroup } from '../statements/statement-list';
import { statementQueries } from '../statements/statements.queries';
import { AdoptionWaits } from '../translations/translation-notes';
import { EventButtons } from '../workflow/event-buttons';
import styles from './amendment-card.module.css';
import { newWords, operationOf } from './amendment-words';
import { useAmendmentEvent } from './amendments.mutations';
import { FilingPanel } from './filing-panel';

const PENDING = ['submitted', 'circulated', 'under_consideration'];

function AmendmentStatements({ a }: { a: Amendment }) {
  const { t } = useT();
  const statements = useQuery(statementQueries.list('amendment', a.id));
  return (
    <>
      <p>{t('amendment.statements', { count: statements.data?.items.length ?? 0 })}</p>
      <StatementsByGroup statements={statements.data?.items ?? []} />
      <StatementForm targetType="amendment" targetId={a.id} label={t('amendment.guidanceOn', { number: a.number })} />
    </>
  );
}

/** Why an amendment no longer applies: the adopted amendment, or the revision, that changed its words. */
export function StaleReason({ because }: { because: NonNullable<Amendment['staleBecause']> }) {
  const { t } = useT();
  return because.number === 'revision'
    ? t('amendment.staleRevision', { quote: because.quote })
    : t('amendment.stale', { number: because.number, quote: because.quote });
}

/** Why an amendment fell: the amendment adopted, and how it took the words this one changed. */
export function FallenReason({ because }: { because: NonNullable<Amendment['fallenBecause']> }) {
  const { t } = useT();
  return t('consideration.fell', { number: because.number, reason: because.reason });
}

/**
 * One amendment: its change marked in the words it amends (its clause; for a sub-amendment or an
 * amendment to an adjustment, `baseText`; its heading at `level`, below its section's), who moved it, where it stands, and only the actions the server offers.
 */
export function AmendmentCard({ a, baseText, level = 3 }: { a: Amendment; baseText?: string; level?: 3 | 5 }) {
  const Title = `h${level}` as const;
  const { t, tName, tGroup, credit } = useT();
  const me = useQuery(sessionQueries.me());
  const send = useAmendmentEvent(a.id);
  const [subOpen, setSubOpen] = useState(false);
  const subButton = useRef<HTMLButtonElement>(null);
  const [statementsOpen, setStatementsOpen] = useState(false);
  const op = operationOf(a);
  const base = a.parentId || a.adjustmentId ? baseText : (a.clauseText ?? undefined);
  const words = newWords(a);
  // Sub-amendments are moved by members, on an amendment still pending; the form closes if it is withdrawn meanwhile.
  const mayMove = me.data?.role === 'member' && !a.parentId && !!words && PENDING.includes(a.state);
  return (
    <article className={styles.card} id={`amendment-${a.id}`} aria-labelledby={`amendment-${a.id}-title`}>
      <Title id={`amendment-${a.id}-title`} className={styles.title}>
        <span className="number">{a.number}</span> <StateBadge state={a.state} /> {a.late && <Badge>{t('amendment.late')}</Badge>}
      </Title>
      <p className={styles.meta}>
        {credit(a, true)} · <span lang={a.language}>{a.description}</span>
      </p>
      {base !== undefined && (
        <p className="office-text" lang={a.language}>
          <TrackedClause text={base} op={op} />
        </p>
      )}
      {op.kind === 'add_clause' && (
        <p className="office-text" lang={a.language}>
          <TrackedClause text="" op={op} />
        </p>
      )}
      <p>
        <strong>{t('amendment.rationale')}</strong> <span translate="no">{a.rationale}</span>
      </p>
      <ul className={styles.facts}>
        {a.seconder && <li>{t('amendment.seconded')}</li>}
        {a.supports.length > 0 && <li>{t('amendment.supportedBy', { groups: a.supports.map(tGroup).join(', ') })}</li>}
        {a.conflictsWith.length > 0 && (
          <li className={notice.notice}>
            {t('amendment.conflicts', { numbers: a.conflictsWith.map((c) => c.number).join(', '), more: a.conflictCount - a.conflictsWith.length })}
          </li>
        )}
        {a.staleBecause && (
          <li className={notice.notice}>
            <StaleReason because={a.staleBecause} />
          </li>
        )}
        {a.fallenBecause && (
          <li className={notice.notice}>
            <FallenReason because={a.fallenBecause} />
          </li>
        )}
      </ul>
      {/* Every group in view on a phone: the positions wrap, never scroll sideways. */}
      <p className={styles.positionsTitle} id={`amendment-${a.id}-positions`}>
        {t('amendment.positions')}
      </p>
      <dl className={styles.positions} aria-labelledby={`amendment-${a.id}-positions`}>
        {Object.entries(a.positions).map(([g, p]) => (
          <div key={g}>
            <dt>
              <abbr title={tGroup(g)} translate="no">
                {g}
              </abbr>
            </dt>
            <dd>{p ? tName('stance', p) : '—'}</dd>
          </div>
        ))}
      </dl>
      <AdoptionWaits a={a} />
      <EventButtons target={a} send={send} object={a.number} />
      <div className={button.actions}>
        {me.data?.role === 'secretariat' && a.decisionId && (
          <Link className={button.button} to={`/decisions/${a.decisionId}/translations`}>
            {t('translation.cardLink', { number: a.number })}
          </Link>
        )}
        {mayMove && (
          <button type="button" ref={subButton} className={button.button} aria-expanded={subOpen} onClick={() => setSubOpen(!subOpen)}>
            {t('amendment.subamend')}
          </button>
        )}
      </div>
      {subOpen && mayMove && (
        <FilingPanel
          target={{ kind: 'sub', parent: a, text: words }}
          onDone={() => {
            setSubOpen(false);
            // Back where the reader was, not to the top of the page.
            requestAnimationFrame(() => subButton.current?.focus());
          }}
        />
      )}
      {/* Read when opened: a list of 200 amendments makes no 200 requests. */}
      <details onToggle={(e) => setStatementsOpen(e.currentTarget.open)}>
        <summary>{t('amendment.statementsTitle')}</summary>
        {statementsOpen && <AmendmentStatements a={a} />}
      </details>
    </article>
  );
}
