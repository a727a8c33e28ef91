import { useState } from 'react';
import type { TextOperation } from '@gbdw/drafting';
import type { Amendment } from '../api/client';
import { useStatements } from '../api/queries';
import { useT } from '../i18n/language';
import { EventButtons } from './event-buttons';
import { FilingPanel } from './filing-panel';
import { StateBadge } from './state-badge';
import { StatementForm, StatementsByGroup } from './statements';
import { TrackedClause } from './tracked-change';

function AmendmentStatements({ a }: { a: Amendment }) {
  const t = useT();
  const statements = useStatements('amendment', a.id);
  return (
    <>
      <p>{t('amendment.statements', { count: statements.data?.items.length ?? 0 })}</p>
      <StatementsByGroup statements={statements.data?.items ?? []} />
      <StatementForm targetType="amendment" targetId={a.id} label={t('amendment.guidanceOn', { number: a.number })} />
    </>
  );
}

/** The words an amendment brings in (what its sub-amendments amend), or null for a deletion. */
export function newWords(a: Amendment): string | null {
  const op = a.op as unknown as TextOperation;
  return op.kind === 'insert' || op.kind === 'replace_clause' || op.kind === 'add_clause' ? op.text : op.kind === 'replace' ? op.with : null;
}

/**
 * One amendment: its change marked in the words it amends (its clause; for a sub-amendment or an
 * amendment to an adjustment, `baseText`), who moved it, where it stands, and only the actions the server offers.
 */
export function AmendmentCard({ a, baseText }: { a: Amendment; baseText?: string }) {
  const t = useT();
  const [subOpen, setSubOpen] = useState(false);
  const [statementsOpen, setStatementsOpen] = useState(false);
  const op = a.op as unknown as TextOperation;
  const base = a.parentId || a.adjustmentId ? baseText : (a.clauseText ?? undefined);
  const words = newWords(a);
  return (
    <article className="amendment" id={`amendment-${a.id}`} aria-labelledby={`amendment-${a.id}-title`}>
      <h4 id={`amendment-${a.id}-title`}>
        <span className="number">{a.number}</span> <StateBadge state={a.state} /> {a.late && <span className="badge">{t('amendment.late')}</span>}
      </h4>
      <p className="meta">
        {t('amendment.movedBy', { group: a.proposerGroup, onBehalf: a.onBehalf })} · {a.description}
      </p>
      {base !== undefined && (
        <p className="office-text tracked">
          <TrackedClause text={base} op={op} />
        </p>
      )}
      {op.kind === 'add_clause' && (
        <p className="office-text tracked">
          <TrackedClause text="" op={op} />
        </p>
      )}
      <p className="rationale">
        <strong>{t('amendment.rationale')}</strong> {a.rationale}
      </p>
      <ul className="facts">
        {a.seconder && <li>{t('amendment.seconded')}</li>}
        {a.supports.length > 0 && <li>{t('amendment.supportedBy', { groups: a.supports.join(', ') })}</li>}
        {a.conflictsWith.length > 0 && <li className="notice">{t('amendment.conflicts', { numbers: a.conflictsWith.map((c) => c.number).join(', '), more: a.conflictCount - a.conflictsWith.length })}</li>}
        {a.staleBecause && <li className="notice">{a.staleBecause.number === 'revision' ? t('amendment.staleRevision', { quote: a.staleBecause.quote }) : t('amendment.stale', { number: a.staleBecause.number, quote: a.staleBecause.quote })}</li>}
      </ul>
      {/* Scrolls sideways on a phone; focusable so the keyboard can scroll it too. */}
      <div className="scroll" tabIndex={0} role="group" aria-label={t('amendment.positions')}>
      <table className="positions">
        <caption>{t('amendment.positions')}</caption>
        <tbody>
          <tr>
            {Object.keys(a.positions).map((g) => (
              <th key={g} scope="col">
                {g}
              </th>
            ))}
          </tr>
          <tr>
            {Object.entries(a.positions).map(([g, p]) => (
              <td key={g}>{p ? t(`stance.${p}` as never) : '—'}</td>
            ))}
          </tr>
        </tbody>
      </table>
      </div>
      <EventButtons target={{ kind: 'amendment', ...a }} object={a.number} />
      <div className="actions">
        {!a.parentId && words && ['submitted', 'circulated', 'under_consideration'].includes(a.state) && (
          <button type="button" className="button" aria-expanded={subOpen} onClick={() => setSubOpen(!subOpen)}>
            {t('amendment.subamend')}
          </button>
        )}
      </div>
      {subOpen && words && <FilingPanel target={{ kind: 'sub', parentId: a.id, parentNumber: a.number, text: words }} onDone={() => setSubOpen(false)} />}
      {/* Read when opened: a list of 200 amendments makes no 200 requests. */}
      <details onToggle={(e) => setStatementsOpen(e.currentTarget.open)}>
        <summary>{t('amendment.statementsTitle')}</summary>
        {statementsOpen && <AmendmentStatements a={a} />}
      </details>
    </article>
  );
}
