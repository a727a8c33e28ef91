import { clauseIndex, type Language, parseInstruction } from '@gbdw/drafting';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import type { Decision } from '../../api/client';
import { useLanguage } from '../../i18n/language';
import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import { CountedText } from '../../ui/counted-text';
import { ErrorNote } from '../../ui/error-note';
import form from '../../ui/form.module.css';
import notice from '../../ui/notice.module.css';
import { TrackedClause } from '../../ui/tracked-change';
import { decisionQueries } from '../decisions/decisions.queries';
import { GroupSelect } from '../members/group-select';
import { useFileWrittenAmendment } from './amendments.mutations';

/** The API's limits on a written amendment (WrittenAmendmentDto): said before typing. */
const INSTRUCTION_MAX = 25_000;
const RATIONALE_MAX = 20_000;
/** How a drafter writes an amendment, in each language: the example under the instruction. */
const EXAMPLE: Record<Language, string> = {
  en: 'After the words “the priorities of the Organization”, insert the following words: “and its tripartite constituents”.',
  fr: 'Après les mots « les priorités de l’Organisation », insérer les mots suivants: « et de ses mandants tripartites ».',
  es: 'Después de las palabras «las prioridades de la Organización», insértense las palabras siguientes: «y de sus mandantes tripartitos».',
};

/** A group's amendment received in writing, filed by the secretariat in that group's name, as the drafter wrote it. */
export function WrittenAmendment({ d }: { d: Decision }) {
  const { t, tGroup, engineRefusal } = useT();
  const id = useId();
  const file = useFileWrittenAmendment(d.id);
  const [groupCode, setGroupCode] = useState('');
  const { language: reader } = useLanguage();
  const versions = useQuery(decisionQueries.versions(d.id));
  // Filed in the reader's language where the decision has it: the instruction is read, its quotes found, in that language's text.
  const [language, setLanguage] = useState<Language>(d.languages.includes(reader) ? reader : d.language);
  const clauses = versions.data?.texts.find((x) => x.lang === language)?.clauses ?? d.clauses;
  const [clause, setClause] = useState(0);
  const [instruction, setInstruction] = useState('');
  const [rationale, setRationale] = useState('');
  let preview: { clause?: string; node: ReactNode } | null = null;
  if (instruction.trim()) {
    try {
      const parsed = parseInstruction(instruction, language);
      const named = parsed.clause ? clauseIndex(parsed.clause, clauses.length) : clause;
      const text = clauses[named]?.text ?? '';
      preview = { clause: parsed.clause, node: <TrackedClause text={text} op={parsed.op} /> };
    } catch (e) {
      preview = { node: <span className={notice.notice}>{engineRefusal(e)}</span> };
    }
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    file.mutate(
      { groupCode, instruction, rationale, language, ...(preview?.clause ? {} : { clause: d.clauses[clause]?.label }) },
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
      {d.languages.length > 1 && (
        <>
          <label htmlFor={`${id}-language`}>{t('reading.fileIn')}</label>
          <select id={`${id}-language`} value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
            {d.languages.map((l) => (
              <option key={l} value={l}>
                {t('reading.language', { lang: l })}
              </option>
            ))}
          </select>
        </>
      )}
      <label htmlFor={`${id}-clause`}>{t('received.clause')}</label>
      <select id={`${id}-clause`} value={clause} onChange={(e) => setClause(Number(e.target.value))}>
        {clauses.map((c, i) => (
          <option key={c.id} value={i}>
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
        {t('received.instructionHelp')} <q lang={language}>{EXAMPLE[language]}</q>
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
        <p className="office-text" lang={preview ? language : undefined}>
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
