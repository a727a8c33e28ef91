import { AMENDMENT_PENDING } from '@gbdw/workflow';
import { type EntityManager, In } from 'typeorm';
import type { Actor } from '../common/actor.js';
import { Amendment } from '../database/entities/amendment.entity.js';
import { GbDocumentRow } from '../database/entities/document.entity.js';
import { GOVERNMENT_KINDS, Group } from '../database/entities/group.entity.js';
import { Session } from '../database/entities/session.entity.js';
import { AMENDMENT_ERRORS } from './amendment.errors.js';
import { invalid } from './amendment-operation.js';

/** One member keeps at most this many amendments pending on one clause (or adjustment, or parent): a flood stays bounded. */
export const PENDING_PER_MEMBER_AND_TARGET = 10;
/** One member files at most this many amendments on one text in all, whatever became of them: the lists and records of a text stay bounded. */
export const FILED_PER_MEMBER_AND_TARGET = 50;
/** …and at most this many on one decision, its sub-amendments included. */
export const FILED_PER_MEMBER_AND_DECISION = 200;

/** Who an amendment is filed for, and by whom. */
export interface Proposer {
  proposerId: string;
  proposerGroup: string;
  onBehalf: 'group' | 'self';
  filedById: string | null;
  label: string;
}

/** A member acts for its own group only; the secretariat files a group's written amendment. */
export async function filingProposer(m: EntityManager, actor: Actor, dto: { onBehalf?: 'group' | 'self'; groupCode?: string }): Promise<Proposer> {
  if (actor.role === 'secretariat') {
    if (!dto.groupCode) invalid({ groupCode: ['the secretariat files an amendment for a group: name it'] });
    if (dto.onBehalf === 'self') invalid({ onBehalf: ['the secretariat files for a group, not in its own name'] });
    if (!(await m.getRepository(Group).existsBy({ code: dto.groupCode }))) {
      throw AMENDMENT_ERRORS.UNKNOWN_GROUP.error(`No group ${dto.groupCode}`);
    }
    return { proposerId: actor.id, proposerGroup: dto.groupCode!, onBehalf: 'group', filedById: actor.id, label: dto.groupCode! };
  }
  if (dto.groupCode && dto.groupCode !== actor.groupCode) {
    throw AMENDMENT_ERRORS.NOT_YOUR_GROUP.error(`A member of ${actor.groupCode} cannot act for ${dto.groupCode}`);
  }
  if (dto.onBehalf === 'self') {
    const group = await m.getRepository(Group).findOneByOrFail({ code: actor.groupCode! });
    if (!GOVERNMENT_KINDS.includes(group.kind) || !actor.country) {
      throw AMENDMENT_ERRORS.NOT_A_GOVERNMENT.error('Only a government delegate with a country may move an amendment in its own name');
    }
    return { proposerId: actor.id, proposerGroup: actor.groupCode!, onBehalf: 'self', filedById: null, label: `${actor.groupCode}-${actor.country}` };
  }
  return { proposerId: actor.id, proposerGroup: actor.groupCode!, onBehalf: 'group', filedById: null, label: actor.groupCode! };
}

/** Filed after the session's deadline: kept, marked late, taken up only with the Chair's leave. */
export async function isLate(m: EntityManager, documentId: string, sub: boolean): Promise<boolean> {
  const doc = await m.getRepository(GbDocumentRow).findOneByOrFail({ id: documentId });
  const s = await m.getRepository(Session).findOneByOrFail({ id: doc.sessionId });
  const hours = sub ? s.subamendmentDeadlineHours : s.amendmentDeadlineHours;
  if (!s.sittingAt || hours === null) return false;
  return Date.now() > s.sittingAt.getTime() - hours * 3_600_000;
}

export async function checkFilingLimits(
  m: EntityManager,
  actor: Actor,
  target: { clauseId: string } | { decisionId: string; targetType: 'decision' } | { adjustmentId: string } | { parentId: string },
  decisionId: string | null = null,
): Promise<void> {
  // One member's filings on one text count one after the other, so concurrent ones cannot all pass the cap.
  await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`pending:${actor.id}:${Object.values(target)[0]}`]);
  const n = await m.getRepository(Amendment).count({ where: { ...target, proposerId: actor.id, workflow: { state: In(AMENDMENT_PENDING) } } });
  if (n >= PENDING_PER_MEMBER_AND_TARGET) {
    throw AMENDMENT_ERRORS.PENDING_LIMIT.error(
      `You have ${n} amendments pending on this text, the most one member may: withdraw one or wait until they are decided`,
      { limit: PENDING_PER_MEMBER_AND_TARGET },
    );
  }
  // Withdrawn ones count too: filing and withdrawing in a loop would grow every list and record of the text without end.
  const filed = await m.getRepository(Amendment).count({ where: { ...target, proposerId: actor.id } });
  if (filed >= FILED_PER_MEMBER_AND_TARGET) {
    throw AMENDMENT_ERRORS.FILING_LIMIT.error(
      `You have filed ${filed} amendments on this text, the most one member may (withdrawn ones included): ask the secretariat if more are needed`,
      { limit: FILED_PER_MEMBER_AND_TARGET },
    );
  }
  // And on the whole decision, sub-amendments included: fifty a text times many texts and parents is still a bound.
  const onDecision = decisionId ? await m.getRepository(Amendment).count({ where: { decisionId, proposerId: actor.id } }) : 0;
  if (onDecision >= FILED_PER_MEMBER_AND_DECISION) {
    throw AMENDMENT_ERRORS.FILING_LIMIT.error(
      `You have filed ${onDecision} amendments and sub-amendments on this decision, the most one member may (withdrawn ones included): ask the secretariat if more are needed`,
      { limit: FILED_PER_MEMBER_AND_DECISION },
    );
  }
}
