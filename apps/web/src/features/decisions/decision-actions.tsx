import type { Decision } from '../../api/client';
import { useT } from '../../i18n/translate';
import { EventButtons } from '../workflow/event-buttons';
import { useDecisionEvent } from './decisions.mutations';

/** The decision's own events, only those the server allows now; each asks once, the adoption after a last look at the final text. */
export function DecisionActions({ d, finalPreview }: { d: Decision; finalPreview?: string }) {
  const { t } = useT();
  const send = useDecisionEvent(d.id);
  return <EventButtons target={d} send={send} object={t('workspace.title', { paragraph: d.paragraph })} preview={finalPreview} confirmAll />;
}
