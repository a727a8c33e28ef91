import type { Schemas } from '../../api/client';
import { useT } from '../../i18n/translate';
import { useMethodWords } from '../documents/outcome-amendments';

type AuditEvent = Schemas['AuditEventView'];

/**
 * One event in the Governing Body's words: what happened, to what ("D26(b)/WKR/1, moved by the
 * Workers' group"), from which state to which, and how it was decided (the vote's counts).
 */
export function AuditEventLine({ e }: { e: AuditEvent }) {
  const { t, tGroup, tState, tCountry } = useT();
  const methodWords = useMethodWords();
  const object =
    e.entityType === 'decision' && e.paragraph !== null
      ? t('audit.decisionLabel', { paragraph: e.paragraph })
      : (e.entityLabel ?? t(`audit.type.${e.entityType}` as 'audit.type.decision'));
  const credit = e.mover
    ? e.mover.group === null
      ? t('credit.office')
      : t('credit.moved', {
          onBehalf: e.mover.country ? 'self' : 'group',
          group: tGroup(e.mover.group),
          country: e.mover.country ? tCountry(e.mover.country) : '',
        })
    : null;
  const states = e.fromState || e.toState ? `${e.fromState ? tState(e.fromState) : '—'} → ${e.toState ? tState(e.toState) : '—'}` : null;
  const method = methodWords(e.method);
  return (
    <>
      <strong>{t('audit.action', { event: e.event })}</strong>
      {' — '}
      {credit ? t('audit.moved', { object, credit }) : <span translate={e.category === 'accounts' ? 'no' : undefined}>{object}</span>}
      {states && <> ({states})</>}
      {method && <>, {method}</>}
    </>
  );
}
