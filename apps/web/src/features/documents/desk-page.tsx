import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useT } from '../../i18n/translate';
import { DRAFTING_LANGUAGE } from '../../ui/decision-text';
import { ForRole } from '../../ui/for-role';
import { ScrollRegion } from '../../ui/scroll-region';
import { StateBadge } from '../../ui/state-badge';
import { useDecisionHeading } from '../decisions/decision-stage';
import { ScreenLink } from '../room/screen-link';
import { sessionQueries } from '../session/session.queries';
import { SittingForm } from '../session/sitting-form';
import { TranslationsLink } from '../translations/translation-notes';
import styles from './desk-page.module.css';
import { documentQueries } from './documents.queries';
import { ImportDocument } from './import-document';

/** The secretariat's desk: documents in, the sitting and its deadlines, and the ways to the amendments received, members and the trail. */
function DeskPageContent() {
  const { t } = useT();
  const documents = useQuery(documentQueries.list());
  const sessions = useQuery(sessionQueries.list());
  const docs = documents.data ?? [];
  return (
    <>
      <h1>{t('desk.title')}</h1>
      <section aria-labelledby="documents">
        <h2 id="documents">{t('home.documents')}</h2>
        <ScrollRegion labelledBy="documents">
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
                    <td lang={DRAFTING_LANGUAGE}>{d.title}</td>
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
        </ScrollRegion>
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

/** Where the secretariat goes for one document's decisions: the amendments received, the translations, the room's screen, the outcome record. */
function DocumentPlaces({ id }: { id: string }) {
  const { t } = useT();
  const heading = useDecisionHeading();
  const { data: doc } = useQuery(documentQueries.detail(id));
  return (
    <ul className={styles.inlineList}>
      {(doc?.decisions ?? []).flatMap((x) => [
        // The decision's own page is where the secretariat publishes it.
        <li key={x.id}>
          <Link to={`/workspace/${x.id}`}>{heading(x)}</Link> <StateBadge state={x.state} entity="decision" />
        </li>,
        <li key={`${x.id}-received`}>
          <Link to={`/desk/amendments/${x.id}`}>{t('received.link', { paragraph: x.paragraph })}</Link>
        </li>,
        ...(x.state === 'superseded'
          ? []
          : [
              <li key={`${x.id}-translations`}>
                <TranslationsLink id={x.id} paragraph={x.paragraph} />
              </li>,
              <li key={`${x.id}-screen`}>
                <ScreenLink decisionId={x.id} paragraph={x.paragraph} />
              </li>,
            ]),
      ])}
      <li>
        <Link to={`/outcome/${id}`}>{t('outcome.title')}</Link>
      </li>
    </ul>
  );
}

/** The page of secretariat only: anyone else is told whose it is, and no read is sent. */
export function DeskPage() {
  const { t } = useT();
  return (
    <ForRole roles={['secretariat']} title={t('desk.title')}>
      <DeskPageContent />
    </ForRole>
  );
}
