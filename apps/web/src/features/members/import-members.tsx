import { type FormEvent, useId, useState } from 'react';
import { ApiFailure } from '../../api/client';
import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import { ErrorNote } from '../../ui/error-note';
import notice from '../../ui/notice.module.css';
import { useImportMembers } from './members.mutations';

/** What details.problems of MEMBER.IMPORT_REFUSED holds (docs/errors.md); details.total counts them all. */
type Problem = { line: number; field: string; message: string };

/** The list of participants from a CSV file; a refusal lists each bad line and column, so the file can be fixed and sent again. */
export function ImportMembers() {
  const { t } = useT();
  const id = useId();
  const importing = useImportMembers();
  const [csv, setCsv] = useState('');
  const error = importing.error;
  const refusal = error instanceof ApiFailure && error.body.code === 'MEMBER.IMPORT_REFUSED' ? error.body.details : undefined;
  const problems = (refusal?.problems as Problem[] | undefined) ?? [];
  // A file in the wrong shape has a problem per line: the first ones are listed, all are counted.
  const total = (refusal?.total as number | undefined) ?? problems.length;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    importing.mutate(csv);
  };
  return (
    <form onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('members.import')}</h2>
      <label htmlFor={`${id}-file`}>{t('members.importFile')}</label>
      <p id={`${id}-help`}>{t('members.importHelp')}</p>
      <input
        id={`${id}-file`}
        type="file"
        accept=".csv,text/csv"
        aria-describedby={`${id}-help`}
        onChange={(e) => {
          importing.reset();
          void e.target.files?.[0]?.text().then(setCsv);
        }}
      />
      <div className={button.actions}>
        <button type="submit" className={button.primary} disabled={importing.isPending || !csv.trim()}>
          {t('members.importSubmit')}
        </button>
      </div>
      {problems.length > 0 ? (
        <div className={notice.error} role="alert">
          <p>
            {t('members.importRefused', { count: total })}
            {total > problems.length && ` ${t('members.importListed', { count: problems.length })}`}
          </p>
          <ol>
            {problems.map((p) => (
              <li key={`${p.line}-${p.field}-${p.message}`}>{t('members.importProblem', { line: p.line, field: p.field, message: p.message })}</li>
            ))}
          </ol>
        </div>
      ) : (
        <ErrorNote error={error} />
      )}
      {importing.data && <p role="status">{t('members.imported', importing.data)}</p>}
    </form>
  );
}
