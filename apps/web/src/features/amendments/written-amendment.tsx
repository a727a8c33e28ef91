import { parseInstruction } from '@gbdw/drafting';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import type { Decision } from '../../api/client';
import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import { CountedText } from '../../ui/counted-text';
import { DRAFTING_LANGUAGE } from '../../ui/decision-text';
import { ErrorNote } from '../../ui/error-note';
import form from '../../ui/form.module.css';
import notice from '../../ui/notice.module.css';
import { TrackedClause } from '../../ui/tracked-change';
import { GroupSelect } from '../members/group-select';
import { useFileWrittenAmendment } from './amendments.mutations';

/** The API's limits on a written amendment (WrittenAmendmentDto): said before typing. */
const INSTRUCTION_MAX = 25_000;
const RATIONALE_MAX = 20_000;

/** A group's amendment received in writing, filed by the secretariat in that group's name, as the drafter wrote it. */
export function WrittenAmendment({ d }: { d: Decision }) {
  const { t, tGroup, engineRefusal } = useT();
  const id = useId();
  const file = useFileWrittenAmendment(d.id);
  const [groupCode, setGroupCode] = useState('');
  const [clause, setClause] = useState(d.clauses[0]?.label ?? '');
  const [instruction, setInstruction] = useState('');
  const [rationale, setRationale] = useState('');
  let preview: { clause?: string; node: ReactNode } | null = null;
  if (instruction.trim()) {
    try {
      const parsed = parseInstruction(instruction);
      const text = d.clauses.find((c) => c.label === (parsed.clause ?? clause))?.text ?? '';
      preview = { clause: parsed.clause, node: <TrackedClause text={text} op={parsed.op} /> };
    } catch (e) {
      preview = { node: <span className={notice.notice}>{engineRefusal(e)}</span> };
    }
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    file.mutate(
      { groupCode, instruction, rationale, ...(preview?.clause ? {} : { clause }) },
      {
        onSuccess: () => {
          setInstruction('');
          setRationale('');
        },
      },
    );
  };
  return (
    <form className={form.panel} onSubmit={submit} aria-labelledby={`${id}-title`}>
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
      <CountedText
        id={`${id}-instruction`}
        label={t('received.instruction')}
        value={instruction}
        onChange={setInstruction}
        max={INSTRUCTION_MAX}
        error={file.error}
        names={['instruction']}
        rows={3}
        required
        describedBy={`${id}-instruction-help`}
      />
      <p id={`${id}-instruction-help`} className={form.help}>
        {t('received.instructionHelp')}{' '}
        <q lang={DRAFTING_LANGUAGE}>After the words “the priorities of the Organization”, insert the following words: “and its tripartite constituents”.</q>
      </p>
      <CountedText
        id={`${id}-rationale`}
        label={t('filing.rationale')}
        value={rationale}
        onChange={setRationale}
        max={RATIONALE_MAX}
        error={file.error}
        names={['rationale']}
        required
      />
      <section aria-live="polite" className={form.preview} aria-label={t('filing.preview')}>
        <h3>{t('filing.preview')}</h3>
        <p className="office-text" lang={DRAFTING_LANGUAGE}>
          {preview?.node ?? t('filing.writeWords')}
        </p>
      </section>
      <div className={button.actions}>
        <button type="submit" className={button.primary}>
          {t('received.fileFor', { group: groupCode ? tGroup(groupCode) : '…' })}
        </button>
      </div>
      <ErrorNote error={file.error} placed={['instruction', 'rationale']} />
    </form>
  );
}
