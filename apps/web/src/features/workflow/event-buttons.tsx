import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import { ConfirmButton } from '../../ui/confirm-button';
import { ErrorNote } from '../../ui/error-note';
import { OutcomeButton } from './outcome-button';
import type { EventSender } from './workflow-event';

/** Events that end something: asked once, naming the object. */
const FINAL = new Set(['WITHDRAW']);

interface EventTarget {
  version: number;
  state: string;
  allowedEvents: string[];
  eventParameters?: Record<string, Record<string, unknown>[]>;
}

/**
 * The buttons for exactly the events the server allows this reader now, for any workflow: outcomes
 * ask how they were reached, final events (every event of the decision: `confirmAll`) ask once,
 * RESOLVE offers the outcomes that would succeed. `send` is the entity's own event mutation.
 */
export function EventButtons({
  target,
  send,
  object,
  preview,
  confirmAll,
}: {
  target: EventTarget;
  send: EventSender;
  object: string;
  preview?: string;
  confirmAll?: boolean;
}) {
  const { t, tState, tEvent } = useT();
  const act = (type: string, extra?: Record<string, unknown>) => send.mutate({ type, version: target.version, state: target.state, extra });
  const takeUpNeedsLeave = (target.eventParameters?.TAKE_UP ?? []).every((p) => p.leave === true);
  return (
    <>
      <div className={button.actions}>
        {target.allowedEvents.flatMap((type) => {
          if (type === 'ADOPT' || type === 'REJECT') {
            return [
              <OutcomeButton
                key={type}
                label={tEvent(type)}
                object={object}
                adopting={type === 'ADOPT'}
                preview={type === 'ADOPT' ? preview : undefined}
                onSend={(method) => act(type, { method })}
                disabled={send.isPending}
              />,
            ];
          }
          if (type === 'RESOLVE') {
            return (target.eventParameters?.RESOLVE ?? []).map((p) => {
              const outcome = String(p.outcome);
              const as = t('point.resolveAs', { outcome: tState(outcome) });
              return (
                <ConfirmButton
                  key={outcome}
                  label={as}
                  question={t('common.confirm', { event: as, object })}
                  onConfirm={() => act(type, { outcome })}
                  disabled={send.isPending}
                />
              );
            });
          }
          if (FINAL.has(type) || confirmAll)
            return [
              <ConfirmButton
                key={type}
                label={tEvent(type)}
                question={t('common.confirm', { event: tEvent(type), object })}
                onConfirm={() => act(type)}
                disabled={send.isPending}
              />,
            ];
          const leave = type === 'TAKE_UP' && takeUpNeedsLeave;
          return [
            <button key={type} type="button" className={button.button} disabled={send.isPending} onClick={() => act(type, leave ? { leave: true } : undefined)}>
              {leave ? t('amendment.takeUpWithLeave') : tEvent(type)}
            </button>,
          ];
        })}
      </div>
      <ErrorNote error={send.error} />
    </>
  );
}
