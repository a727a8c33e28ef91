import { kindOf, methodValues, PENDING, type ScriptAmendment, type ScriptDecision, type Sentence } from './script-words';

/**
 * The amendment whose outcome the Chair states next for the record, from what closed since the desk's previous read
 * (`before`: the ids then pending): the Chair's adoption or rejection before what it made fall or moot, a withdrawal or
 * a lapse; a fallen one names the adoption that made it fall. At the first read (`before` null), the Chair's latest
 * adoption or rejection. Null when nothing closed since.
 */
export function lastOutcome(amendments: ScriptAmendment[], before: ReadonlySet<string> | null): string | null {
  if (!before) {
    const decided = amendments.filter((a) => (a.state === 'adopted' || a.state === 'rejected') && a.decidedAt);
    return decided.sort((x, y) => (y.decidedAt ?? '').localeCompare(x.decidedAt ?? ''))[0]?.id ?? null;
  }
  const closed = amendments.filter((a) => before.has(a.id) && !PENDING.includes(a.state));
  const cause =
    closed.find((a) => a.state === 'adopted' || a.state === 'rejected') ??
    closed.find((a) => a.state === 'withdrawn' || a.state === 'lapsed') ??
    closed.find((a) => a.state !== 'fallen') ??
    closed[0];
  return cause ? (cause.fallenBecause?.amendmentId ?? cause.id) : null;
}

/** One amendment's outcome, as the Chair states it: adopted or rejected (with the vote), withdrawn, lapsed, moot, no longer applying, fallen. */
function outcomeOf(a: ScriptAmendment, all: ScriptAmendment[]): Sentence | null {
  const named = { kind: kindOf(a), number: a.number };
  switch (a.state) {
    case 'adopted':
    case 'rejected':
      return { key: 'chairScript.decided', values: { ...named, state: a.state, ...methodValues(a.method) } };
    case 'withdrawn':
    case 'moot':
      return { key: 'chairScript.closed', values: { ...named, state: a.state } };
    case 'lapsed':
      // Moved in a government's own name and nobody seconded it: it lapsed when the Chair reached it.
      return { key: 'chairScript.closed', values: { ...named, state: a.onBehalf === 'self' && !a.seconder ? 'not_seconded' : 'lapsed' } };
    case 'stale':
      return { key: 'chairScript.stale', values: { ...named, quote: a.staleBecause?.quote ?? '' } };
    case 'fallen': {
      const because = a.fallenBecause;
      const by = all.find((x) => x.id === because?.amendmentId);
      return { key: 'chairScript.fell', values: { ...named, by: because?.number ?? '', byKind: by ? kindOf(by) : 'amendment', reason: because?.reason ?? '' } };
    }
    default:
      return null;
  }
}

/**
 * For the record: the outcome of `id`, then what it took with it — the amendments that fell because it was adopted,
 * those that no longer apply because it changed their words, its sub-amendments left moot.
 */
export function recordOf(amendments: ScriptAmendment[], id: string | null): Sentence[] {
  const a = amendments.find((x) => x.id === id);
  if (!a || PENDING.includes(a.state)) return [];
  const followers = amendments.filter(
    (x) => x.id !== a.id && (x.fallenBecause?.amendmentId === a.id || x.staleBecause?.amendmentId === a.id || (x.parentId === a.id && x.state === 'moot')),
  );
  return [a, ...followers].flatMap((x) => outcomeOf(x, amendments) ?? []);
}

/** The decision's outcome for the record, once the item is closed. */
export function decisionRecord(d: ScriptDecision): Sentence {
  return { key: 'chairScript.decisionOutcome', values: { state: d.state, ...methodValues(d.method) } };
}
