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
  // What the API words in English is worded here; numbers, codes and names are shown as they are.
  const object =
    e.entityType === 'decision' && e.paragraph !== null ? (
      t('audit.decisionLabel', { paragraph: e.paragraph })
    ) : e.entityType === 'statement' ? (
      t('audit.statementOn', { paragraph: e.paragraph ?? 0 })
    ) : e.entityLabel ? (
      <span translate="no">{e.entityLabel}</span>
    ) : (
      t(`audit.type.${e.entityType}` as 'audit.type.decision')
    );
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
      {object}
      {credit && <>, {credit}</>}
      {states && <> ({states})</>}
      {method && <>, {method}</>}
    </>
  );
}
