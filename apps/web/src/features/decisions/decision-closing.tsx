import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { Decision } from '../../api/client';
import { useT } from '../../i18n/translate';
import { DecisionText } from '../../ui/decision-text';
import { isAdopted } from './decision-stage';
import { decisionQueries } from './decisions.queries';

/** Where an item ends: the decision as adopted, its final text and downloads, the outcome record. */
export function DecisionClosing({ d }: { d: Decision }) {
  const { t } = useT();
  const adopted = isAdopted(d.state);
  const final = useQuery({ ...decisionQueries.text(d.id, 'final'), enabled: adopted });
  return (
    <section aria-labelledby="closing">
      <h2 id="closing">{adopted ? t('decision.asAdopted') : t('decision.closing')}</h2>
      {adopted && <DecisionText>{final.data ?? t('common.loading')}</DecisionText>}
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
