import type { Language } from '@gbdw/drafting';
import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import { ConfirmButton } from '../../ui/confirm-button';
import { ErrorNote } from '../../ui/error-note';
import { useLanguageWords } from '../translations/language-words';
import { circulation } from '../translations/translation-status';
import { OutcomeButton } from './outcome-button';
import type { EventSender } from './workflow-event';

/** Events that end something: asked once, naming the object. */
const FINAL = new Set(['WITHDRAW']);

interface EventTarget {
  version: number;
  state: string;
  allowedEvents: string[];
  eventParameters?: Record<string, Record<string, unknown>[]>;
  /** An amendment's languages with no version yet: circulated with them to follow when the server offers only that. */
  untranslated?: Language[];
}

/**
 * The buttons for exactly the events the server allows this reader now, for any workflow: outcomes
 * ask how they were reached, final events (every event of the decision: `confirmAll`) ask once,
 * RESOLVE offers the outcomes that would succeed; CIRCULATE names the translations to follow, and a
 * decision's ADOPT offered only in the original language says so. `send` is the entity's own event mutation.
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
  const languages = useLanguageWords();
  const act = (type: string, extra?: Record<string, unknown>) => send.mutate({ type, version: target.version, state: target.state, extra });
  const takeUpNeedsLeave = (target.eventParameters?.TAKE_UP ?? []).every((p) => p.leave === true);
  // The decision's adoption offered only with translations to follow (versions not yet verified).
  const adoptToFollow = (target.eventParameters?.ADOPT ?? []).length > 0 && (target.eventParameters?.ADOPT ?? []).every((p) => p.translationsToFollow === true);
  const toFollow = target.untranslated
    ? (circulation({ allowedEvents: target.allowedEvents, eventParameters: target.eventParameters ?? {}, untranslated: target.untranslated })?.toFollow ?? [])
    : [];
  return (
    <>
      <div className={button.actions}>
        {target.allowedEvents.flatMap((type) => {
          if (type === 'ADOPT' || type === 'REJECT') {
            return [
              <OutcomeButton
                key={type}
                label={type === 'ADOPT' && adoptToFollow ? t('translation.adoptToFollow') : tEvent(type)}
                object={object}
                adopting={type === 'ADOPT'}
                preview={type === 'ADOPT' ? preview : undefined}
                onSend={(method) => act(type, type === 'ADOPT' && adoptToFollow ? { method, translationsToFollow: true } : { method })}
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
          if (type === 'CIRCULATE' && toFollow.length > 0)
            return [
              <button key={type} type="button" className={button.button} disabled={send.isPending} onClick={() => act(type, { toFollow })}>
                {t('translation.circulateToFollow', { languages: languages.list(toFollow), count: toFollow.length })}
              </button>,
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
