import { clauseJoin } from '@gbdw/drafting';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Amendment } from '../../api/client';
import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import form from '../../ui/form.module.css';
import { Pending } from '../../ui/pending';
import { StateBadge } from '../../ui/state-badge';
import { AmendmentCard } from '../amendments/amendment-card';
import cards from '../amendments/amendment-card.module.css';
import { AmendmentLanguages, readAmendment, shownIn } from '../amendments/amendment-in-language';
import { amendmentQueries } from '../amendments/amendments.queries';
import { FilingPanel } from '../amendments/filing-panel';
import { sessionQueries } from '../session/session.queries';
import { RoomNow } from '../speakers/room-now';
import { SpeakerList } from '../speakers/speaker-list';
import { StatementForm } from '../statements/statement-form';
import { StatementsByGroup } from '../statements/statement-list';
import { statementQueries } from '../statements/statements.queries';
import { DecisionActions } from './decision-actions';
import { DecisionStage, useDecisionHeading } from './decision-stage';
import { decisionQueries } from './decisions.queries';
import { textsByLanguage } from './reading-language';
import { ReadingNote, useReading } from './reading-note';
import styles from './workspace-page.module.css';

const STATES = ['submitted', 'circulated', 'under_consideration', 'adopted', 'rejected', 'withdrawn', 'lapsed', 'moot', 'stale', 'fallen'];

/** The groups' statements on a clause, read when opened, and one's own. */
function ClauseGuidance({ clauseId, label }: { clauseId: string; label: string }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('workspace.clauseGuidance', { clause: label })}</summary>
      {open && <ClauseStatements clauseId={clauseId} label={label} />}
    </details>
  );
}

function ClauseStatements({ clauseId, label }: { clauseId: string; label: string }) {
  const { t } = useT();
  const statements = useQuery(statementQueries.list('clause', clauseId));
  return (
    <>
      <StatementsByGroup statements={statements.data?.items ?? []} level={3} />
      <StatementForm targetType="clause" targetId={clauseId} label={t('workspace.clauseGuidance', { clause: label })} />
    </>
  );
}

/** The decision: its clauses, and under each its amendments as tracked changes; filing by choosing words. */
export function WorkspacePage() {
  const { t, tState, tGroup } = useT();
  const heading = useDecisionHeading();
  const { decisionId = '' } = useParams();
  const me = useQuery(sessionQueries.me());
  const decision = useQuery(decisionQueries.detail(decisionId));
  const amendments = useQuery(amendmentQueries.list(decisionId));
  const { reading, reader, setOriginal } = useReading(decisionId);
  const [group, setGroup] = useState('');
  const [state, setState] = useState('');
  const [filing, setFiling] = useState<string | null>(null);
  const amendButtons = useRef(new Map<string, HTMLButtonElement>());
  const doneFiling = (clauseId: string) => {
    setFiling(null);
    // Back to the clause's button, not to the top of the page.
    requestAnimationFrame(() => amendButtons.current.get(clauseId)?.focus());
  };
  if (!decision.data) return <Pending query={decision} missing="decision" />;
  const d = decision.data;
  const all = amendments.data ?? [];
  const listed = all.filter((a) => (!group || a.proposerGroup === group) && (!state || a.state === state));
  const subsOf = Map.groupBy(
    listed.filter((a) => a.parentId),
    (a) => a.parentId!,
  );
  const byClause = Map.groupBy(
    listed.filter((a) => !a.parentId),
    (a: Amendment) => a.clauseId ?? 'new',
  );
  const mayFile = me.data?.role === 'member' && ['amendment_window', 'under_discussion', 'amendments_in_play'].includes(d.state);
  const groups = [...new Set(all.map((a) => a.proposerGroup))].sort();
  // The text in the reader's language where the decision has it (the original until the versions arrive).
  const texts = reading ? [reading.original, ...(reading.version ? [reading.version] : [])] : [];
  const shown = reading?.text ?? { lang: d.language, chapeau: d.chapeau, clauses: d.clauses };
  const inLanguage = (a: Amendment, parent?: Amendment) => {
    const r = readAmendment(texts, reading?.text.lang ?? d.language, a, parent);
    return { a: shownIn(a, r), r };
  };
  const card = (a: Amendment) => {
    const own = inLanguage(a);
    return (
      <li key={a.id}>
        <AmendmentCard a={own.a} />
        <AmendmentLanguages a={a} reading={own.r} reader={reader} languages={d.languages} />
        {(subsOf.get(a.id) ?? []).length > 0 && (
          <ul className={cards.subList} aria-label={t('workspace.subamendmentsOf', { number: a.number })}>
            {(subsOf.get(a.id) ?? []).map((s) => {
              const sub = inLanguage(s, a);
              return (
                <li key={s.id}>
                  <AmendmentCard a={sub.a} baseText={sub.r.base} />
                  <AmendmentLanguages a={s} reading={sub.r} reader={reader} languages={d.languages} />
                </li>
              );
            })}
          </ul>
        )}
      </li>
    );
  };
  return (
    <>
      <p className="number">
        <Link to={`/read/${d.documentId}`}>{d.document}</Link>
      </p>
      <h1>
        {heading(d)} <StateBadge state={d.state} entity="decision" />
      </h1>
      <DecisionStage d={d} />
      <RoomNow decisionId={d.id} amendments={all} />
      <p>
        <Link to={`/workspace/${d.id}/text`}>{t('workspace.toText')}</Link>
        {me.data?.role === 'chair' && (
          <>
            {' · '}
            <Link to={`/chair/${d.id}`}>{t('workspace.toChair')}</Link>
          </>
        )}
      </p>
      <DecisionActions d={d} />
      <SpeakerList decision={d} />
      <form className={form.filters} aria-label={t('workspace.filters')} onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('workspace.group')}{' '}
          <select value={group} onChange={(e) => setGroup(e.target.value)}>
            <option value="">{t('workspace.all')}</option>
            {groups.map((g) => (
              <option key={g} value={g}>
                {tGroup(g)}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('workspace.state')}{' '}
          <select value={state} onChange={(e) => setState(e.target.value)}>
            <option value="">{t('workspace.all')}</option>
            {STATES.map((s) => (
              <option key={s} value={s}>
                {tState(s)}
              </option>
            ))}
          </select>
        </label>
      </form>
      <section aria-label={t('workspace.decisionText')}>
        {reading && <ReadingNote reading={reading} reader={reader} onOriginal={setOriginal} />}
        <p className="office-text" lang={shown.lang}>
          {shown.chapeau}
        </p>
        <ol className={styles.clauses}>
          {shown.clauses.map((c, i) => (
            <li key={c.id} id={`clause-${d.clauses[i]?.label.slice(1, -1)}`}>
              <h2 className={styles.heading}>
                <span>{c.label}</span>
              </h2>
              <div className={styles.main}>
                <p className="office-text" lang={shown.lang}>
                  {c.text}
                  {clauseJoin(i, shown.clauses.length, c.text, shown.lang)}
                </p>
                {mayFile && filing !== c.id && (
                  <button
                    type="button"
                    ref={(el) => {
                      if (el) amendButtons.current.set(c.id, el);
                    }}
                    className={button.button}
                    onClick={() => setFiling(c.id)}
                  >
                    {t('workspace.amendClause', { clause: c.label })}
                  </button>
                )}
                {filing === c.id && (
                  <FilingPanel
                    target={{
                      kind: 'clause',
                      decisionId: d.id,
                      clause: c.label,
                      text: d.clauses[i].text,
                      texts: textsByLanguage(
                        d.languages,
                        (l) => texts.find((x) => x.lang === l)?.clauses[i]?.text ?? (l === d.language ? d.clauses[i].text : undefined),
                      ),
                    }}
                    onDone={() => doneFiling(c.id)}
                  />
                )}
                <ClauseGuidance clauseId={c.id} label={c.label} />
              </div>
              <ul className={`${cards.list} ${styles.amendments}`} aria-label={t('workspace.amendmentsTo', { clause: c.label })}>
                {(byClause.get(c.id) ?? []).map(card)}
              </ul>
            </li>
          ))}
        </ol>
        {(byClause.get('new') ?? []).length > 0 && (
          <section aria-labelledby="new-clauses">
            <h2 id="new-clauses">{t('workspace.newClauses')}</h2>
            <ul className={cards.list}>{(byClause.get('new') ?? []).map(card)}</ul>
          </section>
        )}
      </section>
    </>
  );
}
