import { type FormEvent, useId, useState } from 'react';
import { Link } from 'react-router';
import { ApiFailure } from '../../api/client';
import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import { ErrorNote } from '../../ui/error-note';
import notice from '../../ui/notice.module.css';
import { useImportDocument } from './documents.mutations';
import styles from './import-document.module.css';

type Problem = { line: number; message: string };

/** Import by pasting or choosing a file; a 422 lists each parse problem with its line, so the file can be fixed and sent again. */
export function ImportDocument() {
  const { t } = useT();
  const id = useId();
  const importing = useImportDocument();
  const [text, setText] = useState('');
  const error = importing.error;
  const problems =
    error instanceof ApiFailure && error.body.code === 'DOCUMENT.UNPARSEABLE' ? ((error.body.details?.problems as Problem[] | undefined) ?? []) : [];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    importing.mutate(text, { onSuccess: () => setText('') });
  };
  return (
    <form onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('desk.import')}</h2>
      <label htmlFor={`${id}-file`}>{t('desk.importFile')}</label>
      <input id={`${id}-file`} type="file" accept=".txt,text/plain" onChange={(e) => void e.target.files?.[0]?.text().then(setText)} />
      <label htmlFor={`${id}-text`}>{t('desk.importText')}</label>
      <textarea id={`${id}-text`} value={text} onChange={(e) => setText(e.target.value)} rows={8} className={styles.sourceText} spellCheck={false} required />
      <div className={button.actions}>
        <button type="submit" className={button.primary} disabled={importing.isPending || !text.trim()}>
          {t('desk.importSubmit')}
        </button>
      </div>
      {problems.length > 0 ? (
        <div className={notice.error} role="alert">
          <p>{t('desk.problems', { count: problems.length })}</p>
          <ol className={styles.problems}>
            {problems.map((p, i) => (
              <li key={i}>
                {t('desk.problemLine', { line: p.line })}: {p.message}
              </li>
            ))}
          </ol>
        </div>
      ) : (
        <ErrorNote error={error} />
      )}
      {importing.data && (
        <p role="status">
          {t('desk.imported', { symbol: importing.data.symbol })} <Link to={`/read/${importing.data.id}`}>{t('desk.read')}</Link>
        </p>
      )}
    </form>
  );
}
