import { useState } from 'react';
import type { TextOperation } from '../../../../libs/drafting/src/index';
import type { Amendment } from '../api/client';
import { useSendEvent, useStatements } from '../api/queries';
import { useT } from '../i18n/language';
import { ConfirmButton } from './confirm-button';
import { ErrorNote } from './error-note';
import { FilingPanel } from './filing-panel';
import { OutcomeButton } from './outcome-button';
import { StateBadge } from './state-badge';
import { StatementForm, StatementsByGroup } from './statements';
import { TrackedClause } from './tracked-change';

const FINAL = new Set(['ADOPT', 'REJECT', 'WITHDRAW']);

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

/** One amendment: its change marked in its clause, who moved it, where it stands, and only the actions the server offers. */
export function AmendmentCard({ a, parentWords }: { a: Amendment; parentWords?: string }) {
  const t = useT();
  const send = useSendEvent();
  const [subOpen, setSubOpen] = useState(false);
  const [statementsOpen, setStatementsOpen] = useState(false);
  const op = a.op as unknown as TextOperation;
  const base = a.parentId ? parentWords : (a.clauseText ?? undefined);
  const act = (type: string, extra?: Record<string, unknown>) => send.mutate({ kind: 'amendment', id: a.id, type, version: a.version, extra });
  const words = op.kind === 'insert' || op.kind === 'replace_clause' || op.kind === 'add_clause' ? op.text : op.kind === 'replace' ? op.with : null;
  const takeUpNeedsLeave = (a.eventParameters.TAKE_UP ?? []).every((p) => p.leave === true);
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
      <div className="actions">
        {a.allowedEvents.map((type) =>
          type === 'ADOPT' || type === 'REJECT' ? (
            <OutcomeButton key={type} label={t(`event.${type}` as never)} object={a.number} adopting={type === 'ADOPT'} onSend={(method) => act(type, { method })} disabled={send.isPending} />
          ) : FINAL.has(type) ? (
            <ConfirmButton key={type} label={t(`event.${type}` as never)} question={t('amendment.confirm', { event: t(`event.${type}` as never), number: a.number })} onConfirm={() => act(type)} disabled={send.isPending} />
          ) : (
            <button key={type} type="button" className="button" disabled={send.isPending} onClick={() => act(type, type === 'TAKE_UP' && takeUpNeedsLeave ? { leave: true } : undefined)}>
              {type === 'TAKE_UP' && takeUpNeedsLeave ? t('amendment.takeUpWithLeave') : t(`event.${type}` as never)}
            </button>
          ),
        )}
        {!a.parentId && words && ['submitted', 'circulated', 'under_consideration'].includes(a.state) && (
          <button type="button" className="button" aria-expanded={subOpen} onClick={() => setSubOpen(!subOpen)}>
            {t('amendment.subamend')}
          </button>
        )}
      </div>
      <ErrorNote error={send.error} />
      {subOpen && words && <FilingPanel target={{ kind: 'sub', parentId: a.id, parentNumber: a.number, text: words }} onDone={() => setSubOpen(false)} />}
      {/* Read when opened: a list of 200 amendments makes no 200 requests. */}
      <details onToggle={(e) => setStatementsOpen(e.currentTarget.open)}>
        <summary>{t('amendment.statementsTitle')}</summary>
        {statementsOpen && <AmendmentStatements a={a} />}
      </details>
    </article>
  );
}
