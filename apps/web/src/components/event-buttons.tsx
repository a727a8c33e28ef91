import { useSendEvent } from '../api/queries';
import { useT } from '../i18n/language';
import { ConfirmButton } from './confirm-button';
import { ErrorNote } from './error-note';
import { OutcomeButton } from './outcome-button';

/** Events that end something: asked once, naming the object. */
const FINAL = new Set(['WITHDRAW']);

export interface EventTarget {
  kind: 'amendment' | 'decision' | 'point' | 'adjustment';
  /** The id (a plan point: its code). */
  id: string;
  version: number;
  state: string;
  allowedEvents: string[];
  eventParameters?: Record<string, Record<string, unknown>[]>;
}

/**
 * The buttons for exactly the events the server allows this reader now, for any workflow: outcomes
 * ask how they were reached, final events (every event of the decision: `confirmAll`) ask once,
 * RESOLVE offers the outcomes that would succeed.
 */
export function EventButtons({ target, object, preview, confirmAll }: { target: EventTarget; object: string; preview?: string; confirmAll?: boolean }) {
  const t = useT();
  const send = useSendEvent();
  const act = (type: string, extra?: Record<string, unknown>) => send.mutate({ kind: target.kind, id: target.id, type, version: target.version, state: target.state, extra });
  const label = (type: string) => t(`event.${type}` as never);
  const takeUpNeedsLeave = (target.eventParameters?.TAKE_UP ?? []).every((p) => p.leave === true);
  return (
    <>
      <div className="actions">
        {target.allowedEvents.flatMap((type) => {
          if (type === 'ADOPT' || type === 'REJECT') {
            return [<OutcomeButton key={type} label={label(type)} object={object} adopting={type === 'ADOPT'} preview={type === 'ADOPT' ? preview : undefined} onSend={(method) => act(type, { method })} disabled={send.isPending} />];
          }
          if (type === 'RESOLVE') {
            return (target.eventParameters?.RESOLVE ?? []).map((p) => {
              const outcome = String(p.outcome);
              const as = t('point.resolveAs', { outcome: t(`state.${outcome}` as never) });
              return <ConfirmButton key={outcome} label={as} question={t('common.confirm', { event: as, object })} onConfirm={() => act(type, { outcome })} disabled={send.isPending} />;
            });
          }
          if (FINAL.has(type) || confirmAll) return [<ConfirmButton key={type} label={label(type)} question={t('common.confirm', { event: label(type), object })} onConfirm={() => act(type)} disabled={send.isPending} />];
          const leave = type === 'TAKE_UP' && takeUpNeedsLeave;
          return [
            <button key={type} type="button" className="button" disabled={send.isPending} onClick={() => act(type, leave ? { leave: true } : undefined)}>
              {leave ? t('amendment.takeUpWithLeave') : label(type)}
            </button>,
          ];
        })}
      </div>
      <ErrorNote error={send.error} />
    </>
  );
}
