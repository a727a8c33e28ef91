import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useT } from '../../i18n/translate';
import { ParagraphNumber } from '../../ui/paragraph-number';
import { Pending } from '../../ui/pending';
import { sessionQueries } from '../session/session.queries';
import { useSessionLine } from '../session/session-line';
import { StatementForm } from '../statements/statement-form';
import { StatementsByGroup } from '../statements/statement-list';
import { statementQueries } from '../statements/statements.queries';
import { documentQueries } from './documents.queries';
import { ParagraphText } from './footnote';
import { documentLang } from './office-text';
import styles from './reader-page.module.css';

/** The document as the Office printed it: cover facts, sections, numbered paragraphs, the objectives and the appendix. */
export function ReaderPage() {
  const { t } = useT();
  const sessionLine = useSessionLine();
  const { documentId = '' } = useParams();
  const doc = useQuery(documentQueries.detail(documentId));
  const me = useQuery(sessionQueries.me());
  const linkages = useQuery(documentQueries.linkages(documentId));
  const statements = useQuery(statementQueries.list('paragraph'));
  if (!doc.data) return <Pending query={doc} missing="document" />;
  const d = doc.data;
  const onParagraph = Map.groupBy(statements.data?.items ?? [], (s) => s.target.id);
  let section: string | null = null;
  const lang = documentLang(d.originalLanguage);
  return (
    // The Office's words carry the document's language, each where it is; the interface around them the reader's.
    <article>
      <p className="number">{d.symbol}</p>
      <h1 lang={lang}>{d.title}</h1>
      <dl>
        <dt>{t('reader.session')}</dt>
        <dd>{sessionLine(d.session)}</dd>
        {d.section && (
          <>
            <dt>{t('reader.section')}</dt>
            <dd lang={lang}>{d.section}</dd>
          </>
        )}
        {d.date && (
          <>
            <dt>{t('reader.date')}</dt>
            <dd lang={lang}>{d.date}</dd>
          </>
        )}
        {d.cover.outcome && (
          <>
            <dt>{t('reader.outcome')}</dt>
            <dd lang={lang}>{d.cover.outcome}</dd>
          </>
        )}
      </dl>
      {d.decisions.map((x) => (
        <p key={x.id}>
          <Link to={`/workspace/${x.id}`}>{t('reader.toDecision', { paragraph: x.paragraph })}</Link>
        </p>
      ))}
      {d.paragraphs.map((p) => {
        const heading = p.section !== section ? p.section : null;
        section = p.section;
        const key = `${d.id}:${p.number}`;
        return (
          <div key={p.number}>
            {heading && <h2 lang={lang}>{heading}</h2>}
            <section className={styles.paragraph} id={`p${p.number}`} aria-label={t('reader.paragraph', { number: p.number })}>
              <p className="office-text" lang={lang}>
                <ParagraphNumber n={p.number} /> <ParagraphText p={p} />
              </p>
              {p.planPoints.length > 0 && (
                <p>
                  {t('reader.cites')}{' '}
                  {p.planPoints.map((code) => (
                    <Link key={code} to={`/points/${encodeURIComponent(code)}?plan=${encodeURIComponent(d.baseSymbol)}`} className={styles.pointLink}>
                      {t('reader.point', { code })}
                    </Link>
                  ))}
                </p>
              )}
              <StatementsByGroup statements={onParagraph.get(key) ?? []} />
              {me.data?.role === 'member' && (
                <details>
                  <summary>{t('statement.give')}</summary>
                  <StatementForm targetType="paragraph" targetId={key} label={t('reader.guidanceOn', { number: p.number })} />
                </details>
              )}
            </section>
          </div>
        );
      })}
      {d.objectives.length > 0 && (
        <aside className={styles.box} aria-labelledby="objectives">
          <h2 id="objectives" lang={lang}>
            {d.objectivesTitle}
          </h2>
          <ol lang={lang}>
            {d.objectives.map((o) => (
              <li key={o.number} value={o.number}>
                {o.text}
              </li>
            ))}
          </ol>
        </aside>
      )}
      {linkages.data && (
        <section aria-labelledby="appendix">
          {linkages.data.title ? (
            <h2 id="appendix" lang={lang}>
              {linkages.data.title}
            </h2>
          ) : (
            <h2 id="appendix">{t('reader.appendix')}</h2>
          )}
          <table>
            <thead>
              <tr>
                <th scope="col">{t('reader.objective')}</th>
                <th scope="col">{t('reader.linkage')}</th>
                <th scope="col">{t('reader.note')}</th>
              </tr>
            </thead>
            <tbody>
              {linkages.data.linkages.map((l) => (
                <tr key={l.objective}>
                  <td lang={lang}>
                    {l.objective}. {l.title}
                  </td>
                  <td>{t(`linkage.${l.status}`)}</td>
                  <td lang={lang}>{l.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </article>
  );
}
