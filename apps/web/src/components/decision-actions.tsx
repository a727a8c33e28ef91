import type { Decision } from '../api/client';
import { useSendEvent } from '../api/queries';
import { useT } from '../i18n/language';
import { ConfirmButton } from './confirm-button';
import { ErrorNote } from './error-note';
import { OutcomeButton } from './outcome-button';

/** The decision's own events, only those the server allows now: outcomes ask how they were reached, the others ask once. */
export function DecisionActions({ d, finalPreview }: { d: Decision; finalPreview?: string }) {
  const t = useT();
  const send = useSendEvent();
  return (
    <>
      <div className="actions">
        {d.allowedEvents.map((type) =>
          type === 'ADOPT' || type === 'REJECT' ? (
            <OutcomeButton
              key={type}
              label={t(`event.${type}` as never)}
              object={t('workspace.title', { paragraph: d.paragraph })}
              adopting={type === 'ADOPT'}
              preview={type === 'ADOPT' ? finalPreview : undefined}
              onSend={(method) => send.mutate({ kind: 'decision', id: d.id, type, version: d.version, extra: { method } })}
            />
          ) : (
            <ConfirmButton key={type} label={t(`event.${type}` as never)} question={t('workspace.confirmDecision', { event: t(`event.${type}` as never), paragraph: d.paragraph })} onConfirm={() => send.mutate({ kind: 'decision', id: d.id, type, version: d.version })} />
          ),
        )}
      </div>
      <ErrorNote error={send.error} />
    </>
  );
}
