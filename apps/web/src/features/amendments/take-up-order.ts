import type { Amendment } from '../../api/client';

/**
 * The order the Chair takes amendments up in: clause by clause, new clauses after the one they
 * follow, each sub-amendment before its parent. Own-government amendments wait for a seconder.
 */
export function takeUpOrder(amendments: Amendment[], clauseIds: string[]): Amendment[] {
  const place = (a: Amendment) => {
    const i = a.clauseId ? clauseIds.indexOf(a.clauseId) : clauseIds.length;
    return (i < 0 ? clauseIds.length : i) * 2 + (a.targetType === 'decision' ? 1 : 0);
  };
  const parents = amendments.filter((a) => !a.parentId).sort((x, y) => place(x) - place(y) || x.createdAt.localeCompare(y.createdAt));
  return parents.flatMap((p) => [...amendments.filter((s) => s.parentId === p.id), p]);
}
