import type { Schemas } from '../../api/client';

export type ConsiderationView = Schemas['ConsiderationView'];
export type ConsiderationItem = Schemas['ConsiderationItemView'];

/** One line of what an adoption entails, as the catalogue words it: `consideration.falls` or `consideration.reread`. */
export interface Consequence {
  key: 'consideration.falls' | 'consideration.reread';
  values: { number: string; reason: string };
}

/** The pending amendments in the order the Chair takes them up: the Chair's recorded order when there is one, else the proposed one. */
export function orderOf(view: ConsiderationView): ConsiderationItem[] {
  if (!view.chairOrder) return view.proposed;
  const byId = new Map(view.proposed.map((i) => [i.id, i]));
  return view.chairOrder.flatMap((id) => byId.get(id) ?? []);
}

/** What adopting an item entails, one line per consequence: first what falls, then what must be re-read. */
export function consequencesOf(item: ConsiderationItem): Consequence[] {
  return [
    ...item.falls.map((f) => ({ key: 'consideration.falls' as const, values: { number: f.number, reason: f.reason } })),
    ...item.reread.map((r) => ({ key: 'consideration.reread' as const, values: { number: r.number, reason: r.reason } })),
  ];
}

/**
 * The order with the entry at `index` moved one place up (-1) or down (+1); null when it cannot go there: past either
 * end, or a sub-amendment after the amendment it amends (the API refuses that order).
 */
export function moveEntry(items: ConsiderationItem[], index: number, delta: -1 | 1): ConsiderationItem[] | null {
  const other = index + delta;
  if (index < 0 || index >= items.length || other < 0 || other >= items.length) return null;
  const [first, second] = delta < 0 ? [items[other], items[index]] : [items[index], items[other]];
  // `first` goes after `second`: refused when `first` is a sub-amendment of `second`.
  if (first.parent !== null && first.parent === second.number) return null;
  const moved = [...items];
  moved[index] = items[other];
  moved[other] = items[index];
  return moved;
}

/** Consecutive items competing for the same words, together; an item alone (or apart from its group) is a run of one. */
export function runsOf(items: ConsiderationItem[]): { group: number | null; items: ConsiderationItem[] }[] {
  const runs: { group: number | null; items: ConsiderationItem[] }[] = [];
  for (const item of items) {
    const last = runs.at(-1);
    if (last && item.group !== null && last.group === item.group) last.items.push(item);
    else runs.push({ group: item.group, items: [item] });
  }
  return runs;
}
