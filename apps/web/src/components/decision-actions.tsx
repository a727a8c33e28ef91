import type { Decision } from '../api/client';
import { useT } from '../i18n/language';
import { EventButtons } from './event-buttons';

/** The decision's own events, only those the server allows now; each asks once, the adoption after a last look at the final text. */
export function DecisionActions({ d, finalPreview }: { d: Decision; finalPreview?: string }) {
  const t = useT();
  return <EventButtons target={{ kind: 'decision', ...d }} object={t('workspace.title', { paragraph: d.paragraph })} preview={finalPreview} confirmAll />;
}
