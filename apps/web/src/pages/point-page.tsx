import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { api, data, type Schemas } from '../api/client';
import { useAdjustmentAmendments, useGroups, useMe, usePoint, useStatements } from '../api/queries';
import { AmendmentCard, newWords } from '../components/amendment-card';
import { ErrorNote } from '../components/error-note';
import { EventButtons } from '../components/event-buttons';
import { FilingPanel } from '../components/filing-panel';
import { StateBadge } from '../components/state-badge';
import { StatementForm, StatementList } from '../components/statements';
import { useT } from '../i18n/language';

type Adjustment = Schemas['AdjustmentView'];
const KINDS = ['maintain', 'adjust', 'add', 'retire'] as const;

/** A proposed adjustment: its words, its events, and its amendments, filed and decided as the decision's are. */
function AdjustmentItem({ a }: { a: Adjustment }) {
  const t = useT();
  const amendments = useAdjustmentAmendments(a.id);
  const [filing, setFiling] = useState(false);
  const me = useMe();
  const list = amendments.data ?? [];
  const mayAmend = me.data?.role === 'member' && a.state === 'proposed' && !!a.text;
  return (
    <article className="amendment" aria-labelledby={`adjustment-${a.id}`}>
      <h3 id={`adjustment-${a.id}`}>
        <span className="number">{a.number}</span> {t(`adjustment.${a.kind}` as never)} <StateBadge state={a.state} />
      </h3>
      <p className="meta">{t('point.proposedBy', { group: a.proposedBy })}</p>
      {a.text && <p className="office-text">{a.text}</p>}
      <p className="rationale">
        <strong>{t('amendment.rationale')}</strong> {a.rationale}
      </p>
      <EventButtons target={{ ...a, kind: 'adjustment' }} object={a.number} />
      {mayAmend && (
        <div className="actions">
          <button type="button" className="button" aria-expanded={filing} onClick={() => setFiling(!filing)}>
            {t('point.amendAdjustment')}
          </button>
        </div>
      )}
      {filing && a.text && <FilingPanel target={{ kind: 'adjustment', adjustmentId: a.id, number: a.number, text: a.text }} onDone={() => setFiling(false)} />}
      {list.length > 0 && (
        <section aria-label={t('point.amendmentsTo', { number: a.number })}>
          <h4>{t('point.amendmentsTo', { number: a.number })}</h4>
          <ul className="amendments">
            {list.map((x) => (
              <li key={x.id}>
                <AmendmentCard a={x} baseText={x.parentId ? (newWords(list.find((p) => p.id === x.parentId) ?? x) ?? undefined) : a.text ?? undefined} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

/** A group (or the Office) proposes to maintain, adjust, add or retire; the paragraphs it rests on are checked by the server. */
function ProposeAdjustment({ code, plan }: { code: string; plan: string }) {
  const t = useT();
  const id = useId();
  const qc = useQueryClient();
  const [kind, setKind] = useState<(typeof KINDS)[number]>('adjust');
  const [text, setText] = useState('');
  const [rationale, setRationale] = useState('');
  const [paragraphs, setParagraphs] = useState('');
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const sourceParagraphs = paragraphs.split(/[\s,]+/).filter(Boolean).map(Number);
      await data(
        api.POST('/plan/points/{code}/adjustments', {
          params: { path: { code }, query: { plan } },
          body: { kind, rationale, ...(text.trim() ? { text } : {}), ...(sourceParagraphs.length ? { sourceParagraphs } : {}) },
        }),
      );
      setText('');
      setRationale('');
      setParagraphs('');
      await qc.invalidateQueries({ queryKey: ['point'] });
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form className="filing" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('point.propose')}</h3>
      <fieldset>
        <legend>{t('point.proposeWhat')}</legend>
        {KINDS.map((k) => (
          <label key={k} className="choice">
            <input type="radio" name={`${id}-kind`} checked={kind === k} onChange={() => setKind(k)} /> {t(`adjustment.${k}`)}
          </label>
        ))}
      </fieldset>
      {(kind === 'adjust' || kind === 'add') && (
        <>
          <label htmlFor={`${id}-text`}>{t('point.wording')}</label>
          <textarea id={`${id}-text`} value={text} onChange={(e) => setText(e.target.value)} rows={3} required />
        </>
      )}
      <label htmlFor={`${id}-rationale`}>{t('filing.rationale')}</label>
      <textarea id={`${id}-rationale`} value={rationale} onChange={(e) => setRationale(e.target.value)} rows={2} required />
      <label htmlFor={`${id}-paragraphs`}>{t('point.restsOn')}</label>
      <input id={`${id}-paragraphs`} value={paragraphs} onChange={(e) => setParagraphs(e.target.value)} inputMode="numeric" aria-describedby={`${id}-paragraphs-help`} />
      <p id={`${id}-paragraphs-help`} className="help">
        {t('point.restsOnHelp')}
      </p>
      <div className="actions">
        <button type="submit" className="button primary">
          {t('point.proposeSubmit')}
        </button>
      </div>
      <ErrorNote error={error} />
    </form>
  );
}

/** The guidance on a point, the three constituents and the regional groups side by side, each with its own column even when silent. */
function GuidanceByGroup({ pointId }: { pointId: string }) {
  const t = useT();
  const groups = useGroups();
  const statements = useStatements('plan_point', pointId).data?.items ?? [];
  const codes = (groups.data ?? []).map((g) => g.code);
  return (
    <div className="guidance-columns">
      {codes.map((g) => {
        const mine = statements.filter((s) => s.group === g);
        return (
          <section key={g} aria-label={t('statement.byGroup', { group: g })}>
            <h3>{g}</h3>
            {mine.length ? <StatementList statements={mine} /> : <p className="help">{t('point.noGuidance')}</p>}
          </section>
        );
      })}
    </div>
  );
}

/** A plan point: its review state and the events this reader may send, the paragraphs citing it, the guidance by group, the adjustments and their amendments. */
export function PointPage() {
  const t = useT();
  const { code = '' } = useParams();
  const [params] = useSearchParams();
  const point = usePoint(code, params.get('plan') ?? undefined);
  const me = useMe();
  if (point.error) return <ErrorNote error={point.error} />;
  if (!point.data) return <p className="loading">{t('common.loading')}</p>;
  const p = point.data;
  const resolved = ['maintained', 'adjusted', 'retired'].includes(p.state);
  return (
    <>
      <p className="number">
        <Link to="/plan">{t('plan.title')}</Link> · {p.plan}
      </p>
      <h1>
        {t('point.title', { code: p.code })} <StateBadge state={p.state} />
      </h1>
      <EventButtons target={{ kind: 'point', ...p, id: p.code }} object={t('point.title', { code: p.code })} />
      <section aria-labelledby="citing">
        <h2 id="citing">{t('point.citing')}</h2>
        {p.citingParagraphTexts.map((x) => (
          <p key={x.number} className="office-text">
            <span className="para-number">{x.number}.</span> {x.text}
          </p>
        ))}
      </section>
      <section aria-labelledby="guidance">
        <h2 id="guidance">{t('point.guidance')}</h2>
        <GuidanceByGroup pointId={p.id} />
        <StatementForm targetType="plan_point" targetId={p.id} label={t('point.guidanceOn', { code: p.code })} />
      </section>
      <section aria-labelledby="adjustments">
        <h2 id="adjustments">{t('point.adjustments', { count: p.adjustments.length })}</h2>
        {p.adjustments.map((a) => (
          <AdjustmentItem key={a.id} a={a} />
        ))}
        {!resolved && (me.data?.role === 'member' || me.data?.role === 'secretariat') && <ProposeAdjustment code={p.code} plan={p.plan} />}
      </section>
    </>
  );
}
