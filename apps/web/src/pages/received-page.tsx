import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { FormattedDate } from 'react-intl';
import { Link, useParams } from 'react-router';
import { parseInstruction } from '@gbdw/drafting';
import { type Amendment, api, data, type Decision } from '../api/client';
import { useAmendments, useDecision } from '../api/queries';
import { ErrorNote } from '../components/error-note';
import { EventButtons } from '../components/event-buttons';
import { GroupSelect } from '../components/group-select';
import { StateBadge } from '../components/state-badge';
import { TrackedClause } from '../components/tracked-change';
import { useT } from '../i18n/language';

/** A group's amendment received in writing, filed by the secretariat in that group's name, as the drafter wrote it. */
function WrittenAmendment({ d }: { d: Decision }) {
  const t = useT();
  const id = useId();
  const qc = useQueryClient();
  const [groupCode, setGroupCode] = useState('');
  const [clause, setClause] = useState(d.clauses[0]?.label ?? '');
  const [instruction, setInstruction] = useState('');
  const [rationale, setRationale] = useState('');
  const [error, setError] = useState<unknown>(null);
  let preview: { clause?: string; node: ReactNode } | null = null;
  if (instruction.trim()) {
    try {
      const parsed = parseInstruction(instruction);
      const text = d.clauses.find((c) => c.label === (parsed.clause ?? clause))?.text ?? '';
      preview = { clause: parsed.clause, node: <TrackedClause text={text} op={parsed.op} /> };
    } catch (e) {
      preview = { node: <span className="notice">{(e as Error).message}</span> };
    }
  }
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await data(api.POST('/decisions/{id}/amendments', { params: { path: { id: d.id } }, body: { groupCode, instruction, rationale, ...(preview?.clause ? {} : { clause }) } }));
      setInstruction('');
      setRationale('');
      await qc.invalidateQueries({ queryKey: ['amendments'] });
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form className="filing" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('received.written')}</h2>
      <GroupSelect id={`${id}-group`} label={t('received.forGroup')} value={groupCode} onChange={setGroupCode} />
      <label htmlFor={`${id}-clause`}>{t('received.clause')}</label>
      <select id={`${id}-clause`} value={clause} onChange={(e) => setClause(e.target.value)}>
        {d.clauses.map((c) => (
          <option key={c.id} value={c.label}>
            {c.label}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-instruction`}>{t('received.instruction')}</label>
      <textarea id={`${id}-instruction`} value={instruction} onChange={(e) => setInstruction(e.target.value)} rows={3} required aria-describedby={`${id}-instruction-help`} />
      <p id={`${id}-instruction-help`} className="help">
        {t('received.instructionHelp')}
      </p>
      <label htmlFor={`${id}-rationale`}>{t('filing.rationale')}</label>
      <textarea id={`${id}-rationale`} value={rationale} onChange={(e) => setRationale(e.target.value)} rows={2} required />
      <section aria-live="polite" className="preview" aria-label={t('filing.preview')}>
        <h3>{t('filing.preview')}</h3>
        <p className="office-text">{preview?.node ?? t('filing.writeWords')}</p>
      </section>
      <div className="actions">
        <button type="submit" className="button primary">
          {t('received.fileFor', { group: groupCode || '…' })}
        </button>
      </div>
      <ErrorNote error={error} />
    </form>
  );
}

/** CIRCULATE each amendment that is ready, one request each, with the version read; a refusal names its amendment. */
function CirculateAll({ ready }: { ready: Amendment[] }) {
  const t = useT();
  const qc = useQueryClient();
  const all = useMutation({
    mutationFn: async () => {
      const refused: string[] = [];
      for (const a of ready) {
        const res = await api.POST('/amendments/{id}/events', { params: { path: { id: a.id } }, body: { type: 'CIRCULATE', expectedVersion: a.version } as never });
        if (!res.response.ok) refused.push(a.number);
      }
      return refused;
    },
    onSettled: () => qc.invalidateQueries(),
  });
  return (
    <>
      <button type="button" className="button primary" disabled={ready.length === 0 || all.isPending} onClick={() => all.mutate()}>
        {t('received.circulateAll', { count: ready.length })}
      </button>
      {all.data && <p role="status">{all.data.length ? t('received.someRefused', { numbers: all.data.join(', ') }) : t('received.allCirculated')}</p>}
    </>
  );
}

/** The amendments received on a decision: circulate them one by one or all at once, file a written one for a group, print the list. */
export function ReceivedPage() {
  const t = useT();
  const { decisionId = '' } = useParams();
  const decision = useDecision(decisionId);
  const amendments = useAmendments(decisionId);
  if (!decision.data) return <p className="loading">{t('common.loading')}</p>;
  const d = decision.data;
  const list = amendments.data ?? [];
  const ready = list.filter((a) => a.allowedEvents.includes('CIRCULATE'));
  return (
    <>
      <p className="number">
        <Link to="/desk">{t('desk.title')}</Link> · {d.document}
      </p>
      <h1>
        {t('received.title', { paragraph: d.paragraph })} <StateBadge state={d.state} />
      </h1>
      <div className="actions">
        <CirculateAll ready={ready} />
        <Link className="button" to={`/amendment-list/${d.id}`}>
          {t('received.printable')}
        </Link>
        <Link className="button" to={`/chair/${d.id}`}>
          {t('chair.link')}
        </Link>
        <Link className="button" to={`/trail?entityType=decision&entityId=${d.id}`}>
          {t('audit.ofDecision')}
        </Link>
      </div>
      <div className="scroll" tabIndex={0} role="group" aria-label={t('received.list', { count: list.length })}>
        <table>
          <caption>{t('received.list', { count: list.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('received.number')}</th>
              <th scope="col">{t('received.filed')}</th>
              <th scope="col">{t('received.wording')}</th>
              <th scope="col">{t('plan.status')}</th>
              <th scope="col">{t('received.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((a) => (
              <tr key={a.id}>
                <th scope="row" className="number">
                  {a.number}
                </th>
                <td>
                  <FormattedDate value={a.createdAt} dateStyle="medium" timeStyle="short" timeZone="Europe/Zurich" />
                  {a.late && <span className="badge">{t('amendment.late')}</span>}
                  {a.filedBySecretariat && <span className="badge">{t('received.inWriting')}</span>}
                </td>
                <td>{a.description}</td>
                <td>
                  <StateBadge state={a.state} />
                </td>
                <td>
                  <EventButtons target={{ kind: 'amendment', ...a, allowedEvents: a.allowedEvents.filter((e) => e === 'CIRCULATE') }} object={a.number} />
                  <Link to={`/trail?entityType=amendment&entityId=${a.id}`}>{t('audit.link')}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <WrittenAmendment d={d} />
    </>
  );
}
