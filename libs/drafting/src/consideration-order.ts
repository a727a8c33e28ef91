import { type AdoptionEffect, effectOfAdoption, type FallReason, type RereadReason, takesWholeClause } from './consequences.js';
import { conflictsAmong, insertedWords, spanIfHeld, type TextOperation } from './operations.js';
import type { Span } from './quotes.js';

/** A live clause of the decision, in its order. */
export interface ClauseToConsider {
  id: string;
  text: string;
}

/** A pending amendment as the order of consideration weighs it. */
export interface AmendmentToConsider {
  id: string;
  number: string;
  /** 'clause' changes a clause, 'decision' adds one, 'amendment' is a sub-amendment. */
  targetType: 'clause' | 'decision' | 'amendment' | 'adjustment';
  /** The clause it changes; for a new clause, the clause it follows (null: at the end). */
  clauseId: string | null;
  parentId: string | null;
  op: TextOperation;
  /** Filing order: the earlier filed first among equals. */
  filed: number;
}

export interface Consequence<R> {
  id: string;
  number: string;
  reason: R;
}

/** One amendment in the proposed order, with what its adoption entails for the others still pending. */
export interface ConsiderationItem {
  id: string;
  number: string;
  /** Amendments competing for the same words are numbered as one group (1, 2, … in order); null when it competes with none. */
  group: number | null;
  falls: Consequence<FallReason>[];
  reread: Consequence<RereadReason>[];
}

/** Delete a clause before replacing it; delete words before replacing them; either before adding words. */
const REMOTENESS: Record<TextOperation['kind'], number> = { delete_clause: 0, replace_clause: 1, delete: 2, replace: 3, insert: 4, add_clause: 5 };

interface Placed {
  a: AmendmentToConsider;
  span: Span | null;
  group: string | null;
}

/**
 * The amendments on one text in the order the Chair takes them up: those that replace or
 * delete the whole text first (they compete with every change inside it), then by the place
 * each changes; amendments that compete for the same words together, at the place of the first,
 * and within them the one furthest from the text first — the larger span of words before a
 * change inside it, a deletion before a replacement of the same words, a replacement before an
 * insertion — then by filing order. Those whose words are gone come last: they will go stale.
 */
function orderOnText(text: string, amendments: AmendmentToConsider[]): Placed[] {
  const byFiling = (x: Placed, y: Placed) => x.a.filed - y.a.filed;
  const whole = amendments.filter((a) => takesWholeClause(a.op));
  const words = amendments.filter((a) => !takesWholeClause(a.op));
  const placed: Placed[] = words.map((a) => ({ a, span: spanIfHeld(text, a.op), group: null }));
  // Competing amendments are one group: joined through any pair that touches the same words.
  const root = new Map(placed.map((p) => [p.a.id, p.a.id]));
  const find = (id: string): string => (root.get(id) === id ? id : find(root.get(id)!));
  for (const [id, others] of conflictsAmong(
    text,
    words.map((a) => ({ key: a.id, op: a.op })),
  ))
    for (const o of others) root.set(find(o), find(id));
  const members = Map.groupBy(placed, (p) => find(p.a.id));
  for (const p of placed) p.group = members.get(find(p.a.id))!.length > 1 ? find(p.a.id) : null;
  const start = (p: Placed) => p.span?.start ?? Number.POSITIVE_INFINITY;
  const groupStart = (p: Placed) => Math.min(...members.get(find(p.a.id))!.map(start));
  const groupFiled = (p: Placed) => Math.min(...members.get(find(p.a.id))!.map((q) => q.a.filed));
  const size = (p: Placed) => (p.span ? p.span.end - p.span.start : -1);
  placed.sort(
    (x, y) =>
      groupStart(x) - groupStart(y) ||
      groupFiled(x) - groupFiled(y) ||
      size(y) - size(x) ||
      REMOTENESS[x.a.op.kind] - REMOTENESS[y.a.op.kind] ||
      byFiling(x, y),
  );
  const first = whole
    .map((a): Placed => ({ a, span: { start: 0, end: text.length }, group: amendments.length > 1 ? 'whole' : null }))
    .sort((x, y) => REMOTENESS[x.a.op.kind] - REMOTENESS[y.a.op.kind] || byFiling(x, y));
  return [...first, ...placed];
}

/** What adopting each amendment on one text entails for the others on it. */
function consequencesOn(text: string, amendments: AmendmentToConsider[]): Map<string, Pick<ConsiderationItem, 'falls' | 'reread'>> {
  const out = new Map<string, Pick<ConsiderationItem, 'falls' | 'reread'>>();
  for (const a of amendments) {
    const falls: Consequence<FallReason>[] = [];
    const reread: Consequence<RereadReason>[] = [];
    for (const o of amendments) {
      if (o === a) continue;
      const effect: AdoptionEffect = effectOfAdoption(text, a.op, o.op);
      if (effect?.kind === 'falls') falls.push({ id: o.id, number: o.number, reason: effect.reason });
      else if (effect?.kind === 'reread') reread.push({ id: o.id, number: o.number, reason: effect.reason });
    }
    out.set(a.id, { falls, reread });
  }
  return out;
}

/**
 * The order in which the Chair takes up a decision's pending amendments, proposed from the
 * rules: clause by clause (a new clause after the amendments to the clause it follows, one
 * added at the end last); in a clause by the place each changes, competing ones together and
 * the furthest from the text first (orderOnText); each amendment's sub-amendments immediately
 * before it, ordered the same way on the words it inserts. For each, what its adoption
 * entails for the others on the same text (effectOfAdoption).
 */
export function considerationOrder(clauses: ClauseToConsider[], pending: AmendmentToConsider[]): ConsiderationItem[] {
  const ids = new Set(pending.map((a) => a.id));
  const top = pending.filter((a) => a.parentId === null || !ids.has(a.parentId));
  const subsOf = Map.groupBy(
    pending.filter((a) => a.parentId !== null && ids.has(a.parentId)),
    (a) => a.parentId!,
  );
  const index = new Map(clauses.map((c, i) => [c.id, i]));
  // Each clause holds two places: the amendments to it, then the new clauses added after it.
  const slot = (a: AmendmentToConsider) => {
    const i = a.clauseId === null ? clauses.length : (index.get(a.clauseId) ?? clauses.length);
    return i * 2 + (a.targetType === 'clause' ? 0 : 1);
  };
  const items: ConsiderationItem[] = [];
  const groups = new Map<string, number>();
  const emit = (placed: Placed[], consequences: Map<string, Pick<ConsiderationItem, 'falls' | 'reread'>>, scope: string) => {
    for (const { a, group } of placed) {
      const key = group === null ? null : `${scope}|${group}`;
      if (key !== null && !groups.has(key)) groups.set(key, groups.size + 1);
      const subs = subsOf.get(a.id) ?? [];
      const words = insertedWords(a.op);
      if (subs.length) emit(orderOnText(words ?? '', subs), consequencesOn(words ?? '', subs), `p:${a.id}`);
      items.push({ id: a.id, number: a.number, group: key === null ? null : groups.get(key)!, ...(consequences.get(a.id) ?? { falls: [], reread: [] }) });
    }
  };
  for (const [s, list] of [...Map.groupBy(top, slot)].sort(([x], [y]) => x - y)) {
    const clause = s % 2 === 0 ? clauses[s / 2] : undefined;
    if (clause) emit(orderOnText(clause.text, list), consequencesOn(clause.text, list), `c:${clause.id}`);
    // New clauses (and amendments to a clause no longer live) change no words of another: by filing order.
    else
      emit(
        list.sort((x, y) => x.filed - y.filed).map((a) => ({ a, span: null, group: null })),
        new Map(),
        `s:${s}`,
      );
  }
  return items;
}
