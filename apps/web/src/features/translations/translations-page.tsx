import { LANGUAGES, type Language } from '@gbdw/drafting';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import type { Amendment } from '../../api/client';
import { useT } from '../../i18n/translate';
import { ErrorNote } from '../../ui/error-note';
import { ForRole } from '../../ui/for-role';
import { Loading } from '../../ui/loading';
import { Pending } from '../../ui/pending';
import { StateBadge } from '../../ui/state-badge';
import cards from '../amendments/amendment-card.module.css';
import { amendmentQueries } from '../amendments/amendments.queries';
import { takeUpOrder } from '../amendments/take-up-order';
import { decisionQueries } from '../decisions/decisions.queries';
import { memberQueries } from '../members/members.queries';
import { AmendmentVersions, type BaseIn, wordsIn } from './amendment-versions';
import { ClauseVersions } from './clause-versions';
import { DecisionVersionForm } from './decision-version-form';
import { useLanguageWords } from './language-words';

/** The amendments whose versions matter: those still pending, and the adopted ones (their versions are verified after). */
const SHOWN = ['submitted', 'circulated', 'under_consideration', 'adopted'];

/**
 * The secretariat's translations: the decision side by side in its languages (a form for a language it has no
 * version in yet), then each amendment and sub-amendment with its versions in columns per language — written
 * here as each language's drafter writes them, verified, and circulated as the server offers.
 */
function TranslationsContent() {
  const { t } = useT();
  const { name, list } = useLanguageWords();
  const { decisionId = '' } = useParams();
  const decision = useQuery(decisionQueries.detail(decisionId));
  const texts = useQuery(decisionQueries.versions(decisionId));
  const amendments = useQuery(amendmentQueries.list(decisionId));
  const members = useQuery(memberQueries.list());
  if (!decision.data) return <Pending query={decision} missing="decision" />;
  const d = decision.data;
  const names = new Map((members.data ?? []).map((m) => [m.id, m.name]));
  const all = amendments.data ?? [];
  const shown = takeUpOrder(
    all.filter((a) => SHOWN.includes(a.state)),
    d.clauses.map((c) => c.id),
  );
  const missing = LANGUAGES.filter((l) => !d.languages.includes(l));
  const baseIn: BaseIn = (a: Amendment, lang: Language) => {
    if (a.parentId) {
      const parent = all.find((x) => x.id === a.parentId);
      return (parent && wordsIn(parent, lang)) ?? '';
    }
    const text = texts.data?.texts.find((x) => x.lang === lang);
    return text?.clauses.find((c) => c.id === a.clauseId)?.text ?? '';
  };
  return (
    <>
      <p className="number">
        <Link to="/desk">{t('desk.title')}</Link> · <Link to={`/workspace/${d.id}`}>{d.document}</Link>
      </p>
      <h1>
        {t('translation.title', { paragraph: d.paragraph })} <StateBadge state={d.state} entity="decision" />
      </h1>
      <p>{t('translation.intro', { languages: list(d.languages), original: name(d.language) })}</p>
      <section aria-labelledby="texts">
        <h2 id="texts">{t('translation.texts')}</h2>
        {texts.data ? <ClauseVersions texts={texts.data} /> : texts.error ? <ErrorNote error={texts.error} /> : <Loading />}
        {missing.map((lang) => (
          <div key={lang}>
            <p>{t('translation.noVersion', { language: name(lang) })}</p>
            <DecisionVersionForm d={d} lang={lang} />
          </div>
        ))}
      </section>
      <section aria-labelledby="amendments">
        <h2 id="amendments">{t('translation.amendments', { count: shown.length })}</h2>
        <ol className={cards.list}>
          {shown.map((a) => (
            <li key={a.id} className={a.parentId ? cards.subList : undefined}>
              <AmendmentVersions a={a} languages={d.languages} baseIn={baseIn} names={names} />
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

/** The secretariat's place: anyone else is told whose it is, and no read is sent. */
export function TranslationsPage() {
  const { t } = useT();
  return (
    <ForRole roles={['secretariat']} title={t('translation.texts')}>
      <TranslationsContent />
    </ForRole>
  );
}
