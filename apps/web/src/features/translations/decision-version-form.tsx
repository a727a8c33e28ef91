import { clauseMark, type Language } from '@gbdw/drafting';
import { type FormEvent, useId, useState } from 'react';
import type { Decision } from '../../api/client';
import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import { ErrorNote } from '../../ui/error-note';
import form from '../../ui/form.module.css';
import { useLanguageWords } from './language-words';
import { useEnterDecisionVersion } from './translations.mutations';

/** The secretariat enters the draft decision in a language it has no version in: its chapeau and each clause, as many as the original. */
export function DecisionVersionForm({ d, lang }: { d: Decision; lang: Language }) {
  const { t } = useT();
  const { name } = useLanguageWords();
  const id = useId();
  const enter = useEnterDecisionVersion(d.id, lang);
  const [chapeau, setChapeau] = useState('');
  const [clauses, setClauses] = useState(() => d.clauses.map(() => ''));
  const language = name(lang);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    enter.mutate({ chapeau, clauses });
  };
  return (
    <form className={form.panel} onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('translation.enterTitle', { language })}</h3>
      <p className={form.help}>{t('translation.enterHelp', { count: d.clauses.length })}</p>
      <label htmlFor={`${id}-chapeau`}>{t('translation.enterChapeau', { language })}</label>
      <input id={`${id}-chapeau`} lang={lang} value={chapeau} onChange={(e) => setChapeau(e.target.value)} required />
      {clauses.map((text, i) => (
        <div key={d.clauses[i].id}>
          <label htmlFor={`${id}-clause-${i}`}>{t('translation.enterClause', { mark: clauseMark(i, lang), language })}</label>
          <textarea
            id={`${id}-clause-${i}`}
            lang={lang}
            rows={3}
            value={text}
            onChange={(e) => setClauses(clauses.map((c, j) => (j === i ? e.target.value : c)))}
            required
          />
        </div>
      ))}
      <div className={button.actions}>
        <button type="submit" className={button.primary} disabled={enter.isPending}>
          {t('translation.enterSubmit', { language })}
        </button>
      </div>
      {enter.isSuccess && <p role="status">{t('translation.entered', { language })}</p>}
      <ErrorNote error={enter.error} />
    </form>
  );
}
