import { amendmentReader, type WorkflowActor } from '@gbdw/workflow';

/** Each principal's kind of reader on a shared list, worked out once per list built (the list is read far more often than built). */
const kindsOf = new WeakMap<object, Map<string, string>>();

/** The reader as the rows' rules see it, row by row: the first row's, then each row that sees it otherwise (by position). */
export function readerKind(shared: readonly { snapshot: { context: unknown } }[], who: WorkflowActor): string {
  let kinds = kindsOf.get(shared);
  if (!kinds) {
    kinds = new Map();
    kindsOf.set(shared, kinds);
  }
  let kind = kinds.get(who.id);
  if (kind === undefined) {
    const readers = shared.map((s) => amendmentReader(who, s.snapshot.context as { proposerId: string }));
    kind = readers.reduce((k, r, i) => (r === readers[0] ? k : `${k},${i}=${r}`), readers[0] ?? who.role);
    kinds.set(who.id, kind);
  }
  return kind;
}
