import type { Amendment, Decision } from '../../api/client';

/** How the last thing decided on the item was decided: counts for a vote, none by consensus. */
export type Method = Amendment['method'];

/** The last outcome as the Chair announces it: an amendment's (with those that fell by it), or the decision's. */
export type Outcome =
  | {
      of: 'amendment';
      id: string;
      number: string;
      sub: boolean;
      result: 'adopted' | 'adopted_as_subamended' | 'rejected';
      /** The amendments that fell when this one was adopted, by number. */
      fell: string[];
      method: Method;
      at: string;
    }
  | { of: 'decision'; result: 'adopted' | 'adopted_as_amended' | 'not_adopted'; method: Method; at: string };

/** What the room's screen shows that changes during a sitting, and that is announced when it does. */
export interface RoomMoment {
  /** The speaker with the floor, or nobody. */
  floor: { id: string; name: string } | null;
  /** The amendments under consideration: a sub-amendment before the amendment it modifies, as the Chair takes them. */
  underConsideration: Amendment[];
  outcome: Outcome | null;
}

const DECIDED_DECISION = ['adopted', 'adopted_as_amended', 'not_adopted'];

/** Under consideration now, sub-amendments first (each is decided before its parent). */
export function underConsideration(amendments: Amendment[]): Amendment[] {
  return amendments.filter((a) => a.state === 'under_consideration').sort((x, y) => Number(!x.parentId) - Number(!y.parentId));
}

/**
 * The most recent outcome: the decision's once it is decided after every amendment, else the
 * amendment last adopted or rejected (adopted "as sub-amended" when a sub-amendment of it was), with
 * the amendments its adoption made fall.
 */
export function lastOutcome(amendments: Amendment[], decision: Pick<Decision, 'state' | 'decidedAt' | 'method'>): Outcome | null {
  const last = amendments
    .filter((a) => a.decidedAt && (a.state === 'adopted' || a.state === 'rejected'))
    .reduce<Amendment | null>((latest, a) => (!latest || a.decidedAt! > latest.decidedAt! ? a : latest), null);
  if (decision.decidedAt && DECIDED_DECISION.includes(decision.state) && (!last || decision.decidedAt >= last.decidedAt!)) {
    return { of: 'decision', result: decision.state as 'adopted', method: decision.method as Method, at: decision.decidedAt };
  }
  if (!last) return null;
  const subamended = last.subamendments.some((s) => s.state === 'adopted');
  return {
    of: 'amendment',
    id: last.id,
    number: last.number,
    sub: !!last.parentId,
    result: last.state === 'rejected' ? 'rejected' : subamended ? 'adopted_as_subamended' : 'adopted',
    fell: amendments.filter((a) => a.state === 'fallen' && a.fallenBecause?.amendmentId === last.id).map((a) => a.number),
    method: last.method,
    at: last.decidedAt!,
  };
}

/** What is said aloud when the screen changes: the floor given, an amendment taken up, an outcome. */
export type News = { kind: 'floor'; speaker: string } | { kind: 'takenUp'; number: string; sub: boolean } | { kind: 'outcome'; outcome: Outcome };

const outcomeKey = (o: Outcome | null) =>
  o ? `${o.of}|${o.of === 'amendment' ? o.id : ''}|${o.result}|${o.at}|${o.of === 'amendment' ? o.fell.join() : ''}` : '';

/** What tells two moments apart for the room: who has the floor, what is under consideration, the last outcome. */
export const momentKey = (m: RoomMoment) => JSON.stringify([m.floor?.id ?? null, m.underConsideration.map((a) => a.id), outcomeKey(m.outcome)]);

/** The news between two moments of the screen, in the order they happen in the room; none on the first look. */
export function roomNews(before: RoomMoment | null, now: RoomMoment): News[] {
  if (!before) return [];
  const news: News[] = [];
  if (now.outcome && outcomeKey(now.outcome) !== outcomeKey(before.outcome)) news.push({ kind: 'outcome', outcome: now.outcome });
  const earlier = new Set(before.underConsideration.map((a) => a.id));
  for (const a of now.underConsideration) if (!earlier.has(a.id)) news.push({ kind: 'takenUp', number: a.number, sub: !!a.parentId });
  if (now.floor && now.floor.id !== before.floor?.id) news.push({ kind: 'floor', speaker: now.floor.name });
  return news;
}
