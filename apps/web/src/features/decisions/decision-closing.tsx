import { Link } from 'react-router';
import type { Decision } from '../../api/client';
import { useT } from '../../i18n/translate';
import { DecisionTranslationNote } from '../translations/translation-notes';
import { isAdopted } from './decision-stage';
import { FinalText } from './final-text';

/** Where an item ends: the decision as adopted, its final text and downloads, the outcome record. */
export function DecisionClosing({ d }: { d: Decision }) {
  const { t } = useT();
  const adopted = isAdopted(d.state);
  // Adopted in the original language, translations to follow: no final text is asked for (the API refuses it) until every version is verified.
  const issued = adopted && !(d.translationsToFollow && d.unverifiedVersions > 0);
  return (
    <section aria-labelledby="closing">
      <h2 id="closing">{adopted ? t('decision.asAdopted') : t('decision.closing')}</h2>
      {adopted && (issued ? <FinalText decisionId={d.id} /> : <DecisionTranslationNote d={d} />)}
      <ul>
        {adopted && (
          <li>
            <Link to={`/workspace/${d.id}/text`}>{t('decision.closing')}</Link>
          </li>
        )}
        <li>
          <Link to={`/outcome/${d.documentId}`}>{t('decision.toOutcome', { document: d.document })}</Link>
        </li>
      </ul>
    </section>
  );
}
