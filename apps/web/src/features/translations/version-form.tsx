import { applyOperation, instructionForms, type Language, parseInstruction } from '@gbdw/drafting';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import type { Amendment } from '../../api/client';
import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import { CountedText } from '../../ui/counted-text';
import { ErrorNote } from '../../ui/error-note';
import form from '../../ui/form.module.css';
import notice from '../../ui/notice.module.css';
import { Ins, TrackedClause } from '../../ui/tracked-change';
import { useLanguageWords } from './language-words';
import { useWriteVersion } from './translations.mutations';

/** The API's limit on an instruction (WriteVersionDto): said before typing. */
const INSTRUCTION_MAX = 25_000;

/**
 * An amendment's version in one language, written as that language's drafter writes it ("Après les mots « … »,
 * insérer …"); the words it amends in that language (`base`: its clause, or its parent's words) read as they would
 * by libs/drafting — the code the server applies — before anything is sent; the version read goes with it.
 */
export function VersionForm({
  a,
  lang,
  base,
  expectedVersion,
  onDone,
}: {
  a: Amendment;
  lang: Language;
  base: string;
  expectedVersion: number;
  onDone: () => void;
}) {
  const { t, engineRefusal } = useT();
  const { name } = useLanguageWords();
  const id = useId();
  const write = useWriteVersion(a, lang);
  const [instruction, setInstruction] = useState('');
  const language = name(lang);
  let preview: ReactNode = null;
  if (instruction.trim()) {
    try {
      const { op } = parseInstruction(instruction, lang);
      if (op.kind === 'add_clause') preview = <Ins>{op.text}</Ins>;
      else {
        if (op.kind !== 'delete_clause') applyOperation(base, op);
        preview = <TrackedClause text={base} op={op} />;
      }
    } catch (e) {
      // The engine refuses with the API's own codes: the words the server's refusal would have, in the reader's language.
      preview = <span className={notice.notice}>{engineRefusal(e)}</span>;
    }
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    write.mutate({ instruction, expectedVersion }, { onSuccess: onDone });
  };
  return (
    <form className={form.panel} onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h5 id={`${id}-title`}>{t('translation.write', { language })}</h5>
      <CountedText
        id={`${id}-instruction`}
        label={t('translation.instruction', { language })}
        value={instruction}
        onChange={setInstruction}
        max={INSTRUCTION_MAX}
        error={write.error}
        names={['instruction']}
        rows={3}
        required
        describedBy={`${id}-forms`}
      />
      <details id={`${id}-forms`} className={form.help}>
        <summary>{t('translation.forms', { language })}</summary>
        <ul lang={lang}>
          {instructionForms(lang).map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
      </details>
      <section aria-live="polite" className={form.preview} aria-label={t('translation.preview', { language })}>
        <h6>{t('translation.preview', { language })}</h6>
        <p className="office-text" lang={preview ? lang : undefined}>
          {preview ?? t('translation.writeFirst')}
        </p>
      </section>
      <div className={button.actions}>
        <button type="submit" className={button.primary} disabled={!instruction.trim() || write.isPending}>
          {t('translation.save', { language })}
        </button>
        <button type="button" className={button.button} onClick={onDone}>
          {t('action.cancel')}
        </button>
      </div>
      <ErrorNote error={write.error} placed={['instruction']} />
    </form>
  );
}
