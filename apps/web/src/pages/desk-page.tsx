import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { FormattedDate } from 'react-intl';
import { Link } from 'react-router';
import { api, ApiFailure, data, type DocumentDetail, type Schemas } from '../api/client';
import { useDocument, useDocuments, useSessions } from '../api/queries';
import { ErrorNote } from '../components/error-note';
import { useT } from '../i18n/language';

type Problem = { line: number; message: string };

/** Import by pasting or choosing a file; a 422 lists each parse problem with its line, so the file can be fixed and sent again. */
function ImportDocument() {
  const t = useT();
  const id = useId();
  const qc = useQueryClient();
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [imported, setImported] = useState<DocumentDetail | null>(null);
  const [busy, setBusy] = useState(false);
  const problems = error instanceof ApiFailure ? ((error.body.details?.problems as Problem[] | undefined) ?? []) : [];
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setImported(null);
    try {
      setImported(await data(api.POST('/documents/import', { body: text, bodySerializer: (b: string) => b, headers: { 'Content-Type': 'text/plain' } })));
      setText('');
      await qc.invalidateQueries({ queryKey: ['document'] });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('desk.import')}</h2>
      <label htmlFor={`${id}-file`}>{t('desk.importFile')}</label>
      <input id={`${id}-file`} type="file" accept=".txt,text/plain" onChange={(e) => void e.target.files?.[0]?.text().then(setText)} />
      <label htmlFor={`${id}-text`}>{t('desk.importText')}</label>
      <textarea id={`${id}-text`} value={text} onChange={(e) => setText(e.target.value)} rows={8} className="source-text" spellCheck={false} required />
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy || !text.trim()}>
          {t('desk.importSubmit')}
        </button>
      </div>
      {problems.length > 0 ? (
        <div className="error" role="alert">
          <p>{t('desk.problems', { count: problems.length })}</p>
          <ol className="problems">
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
      {imported && (
        <p role="status">
          {t('desk.imported', { symbol: imported.symbol })} <Link to={`/read/${imported.id}`}>{t('desk.read')}</Link>
        </p>
      )}
    </form>
  );
}

/** The sitting's date and time and the deadlines, in hours before it; the API computes the instants. */
function SittingForm({ s }: { s: Schemas['SessionView'] }) {
  const t = useT();
  const id = useId();
  const qc = useQueryClient();
  const [at, setAt] = useState(s.sittingAt ? toLocalInput(s.sittingAt) : '');
  const [amend, setAmend] = useState(String(s.amendmentDeadlineHours ?? ''));
  const [sub, setSub] = useState(String(s.subamendmentDeadlineHours ?? ''));
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const hours = (v: string) => (v.trim() === '' ? null : Number(v));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setSaved(false);
    try {
      await data(api.PUT('/sessions/{number}/sitting', { params: { path: { number: s.number } }, body: { sittingAt: new Date(at).toISOString(), amendmentDeadlineHours: hours(amend), subamendmentDeadlineHours: hours(sub) } as never }));
      setSaved(true);
      await qc.invalidateQueries({ queryKey: ['home'] });
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} aria-label={t('home.session', { number: s.number, place: s.place, dates: s.dates })}>
      <h3>{t('home.session', { number: s.number, place: s.place, dates: s.dates })}</h3>
      <label htmlFor={`${id}-at`}>{t('desk.sittingAt')}</label>
      <input id={`${id}-at`} type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} required />
      <label htmlFor={`${id}-amend`}>{t('desk.amendmentHours')}</label>
      <input id={`${id}-amend`} type="number" min={0} max={720} value={amend} onChange={(e) => setAmend(e.target.value)} />
      <label htmlFor={`${id}-sub`}>{t('desk.subamendmentHours')}</label>
      <input id={`${id}-sub`} type="number" min={0} max={720} value={sub} onChange={(e) => setSub(e.target.value)} />
      {s.amendmentDeadline && (
        <p className="help">
          {t('home.amendmentDeadline')}: <FormattedDate value={s.amendmentDeadline} dateStyle="full" timeStyle="short" timeZone="Europe/Zurich" />
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button primary">
          {t('desk.saveSitting')}
        </button>
      </div>
      {saved && <p role="status">{t('desk.saved')}</p>}
      <ErrorNote error={error} />
    </form>
  );
}

/** The browser's datetime-local value for an instant (the reader's own clock, as the input shows it). */
function toLocalInput(iso: string): string {
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/** The secretariat's desk: documents in, the sitting and its deadlines, and the ways to the amendments received, members and the trail. */
export function DeskPage() {
  const t = useT();
  const documents = useDocuments();
  const sessions = useSessions();
  const docs = documents.data ?? [];
  return (
    <>
      <h1>{t('desk.title')}</h1>
      <nav aria-label={t('desk.places')}>
        <ul className="inline-list">
          <li>
            <Link to="/desk/members">{t('members.title')}</Link>
          </li>
          <li>
            <Link to="/trail">{t('audit.title')}</Link>
          </li>
          <li>
            <Link to="/plan">{t('plan.title')}</Link>
          </li>
        </ul>
      </nav>
      <section aria-labelledby="documents">
        <h2 id="documents">{t('home.documents')}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('desk.symbol')}</th>
              <th scope="col">{t('desk.titleColumn')}</th>
              <th scope="col">{t('desk.revision')}</th>
              <th scope="col">{t('desk.places')}</th>
            </tr>
          </thead>
          <tbody>
            {docs.map((d) => {
              const supersedes = docs.find((x) => x.supersededBy === d.id);
              return (
                <tr key={d.id}>
                  <th scope="row" className="number">
                    <Link to={`/read/${d.id}`}>{d.symbol}</Link>
                  </th>
                  <td>{d.title}</td>
                  <td>
                    {supersedes && t('desk.supersedes', { symbol: supersedes.symbol })}
                    {d.supersededBy && t('home.superseded')}
                  </td>
                  <td>
                    <DocumentPlaces id={d.id} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <ImportDocument />
      <section aria-labelledby="sitting">
        <h2 id="sitting">{t('desk.sitting')}</h2>
        {(sessions.data ?? []).map((s) => (
          <SittingForm key={s.id} s={s} />
        ))}
      </section>
    </>
  );
}

/** Where the secretariat goes for one document's decisions: the amendments received, the Chair's desk, the outcome record. */
function DocumentPlaces({ id }: { id: string }) {
  const t = useT();
  const { data: doc } = useDocument(id);
  return (
    <ul className="inline-list">
      {(doc?.decisions ?? []).map((x) => (
        <li key={x.id}>
          <Link to={`/desk/amendments/${x.id}`}>{t('received.link', { paragraph: x.paragraph })}</Link>
        </li>
      ))}
      <li>
        <Link to={`/outcome/${id}`}>{t('outcome.title')}</Link>
      </li>
    </ul>
  );
}
