import { useQuery } from '@tanstack/react-query';
import type { Decision } from '../../api/client';
import { useT } from '../../i18n/translate';
import { sessionQueries } from '../session/session.queries';

export const FINAL_STATES = ['adopted', 'adopted_as_amended', 'not_adopted', 'withdrawn', 'superseded'];
export const isAdopted = (state: string) => state === 'adopted' || state === 'adopted_as_amended';

/** The decision's name as its state makes it: "Draft decision, paragraph 26" until adopted, then "Decision adopted as amended, paragraph 26". */
export function useDecisionHeading() {
  const { t } = useT();
  return (d: Pick<Decision, 'state' | 'paragraph'>) => t('decision.heading', { state: d.state, paragraph: d.paragraph });
}

/** Where the item stands and what comes next, in one sentence for the reader's role. */
export function DecisionStage({ d }: { d: Pick<Decision, 'state'> }) {
  const { t } = useT();
  const me = useQuery(sessionQueries.me());
  if (!me.data) return null;
  return <p className="stage">{t('decision.stage', { state: d.state, role: me.data.role })}</p>;
}
