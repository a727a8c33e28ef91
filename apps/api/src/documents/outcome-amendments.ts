import { describeOperation } from '@gbdw/drafting';
import { type EntityManager, In } from 'typeorm';
import { Amendment } from '../database/entities/amendment.entity.js';
import { Principal } from '../database/entities/principal.entity.js';
import type { OutcomeAmendmentView } from './dto/document.view.js';

/** Every amendment on these decisions as the outcome record prints it, by decision: two queries whatever their number. */
export async function outcomeAmendments(m: EntityManager, decisionIds: string[]): Promise<Map<string, OutcomeAmendmentView[]>> {
  const rows = decisionIds.length
    ? await m.getRepository(Amendment).find({ where: { decisionId: In(decisionIds) }, order: { createdAt: 'ASC', id: 'ASC' } })
    : [];
  const own = [...new Set(rows.filter((a) => a.onBehalf === 'self').map((a) => a.proposerId))];
  const country = new Map((own.length ? await m.getRepository(Principal).find({ where: { id: In(own) } }) : []).map((p) => [p.id, p.country]));
  const number = new Map(rows.map((a) => [a.id, a.number]));
  const adoptedSubs = Map.groupBy(
    rows.filter((a) => a.parentId && a.workflow.state === 'adopted'),
    (a) => a.parentId!,
  );
  const views = rows.map((a) => ({
    decisionId: a.decisionId!,
    view: {
      id: a.id,
      number: a.number,
      parent: a.parentId ? (number.get(a.parentId) ?? null) : null,
      state: a.workflow.state,
      proposerGroup: a.proposerGroup,
      proposerCountry: a.onBehalf === 'self' ? (country.get(a.proposerId) ?? null) : null,
      // An own-government amendment lapses unseconded at take-up, or with the decision while still unseconded: either way no one seconded it.
      notSeconded: a.workflow.state === 'lapsed' && a.onBehalf === 'self' && !(a.workflow.snapshot.context as { seconderId: string | null }).seconderId,
      fallenBecause: a.fallenBecause,
      description: describeOperation(a.movedOp),
      subamendedBy: (adoptedSubs.get(a.id) ?? []).map((s) => s.number),
      method: a.method,
      decidedAt: a.decidedAt?.toISOString() ?? null,
    },
  }));
  const out = new Map<string, OutcomeAmendmentView[]>(decisionIds.map((id) => [id, []]));
  for (const { decisionId, view } of views) out.get(decisionId)?.push(view);
  return out;
}
