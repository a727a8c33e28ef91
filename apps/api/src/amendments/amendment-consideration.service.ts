import { type AmendmentToConsider, considerationOrder, type TextOperation } from '@gbdw/drafting';
import { AMENDMENT_PENDING, DECISION_CLOSED, WORKFLOW_ERRORS } from '@gbdw/workflow';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../common/actor.js';
import { findOrFail, lockRow } from '../common/find-or-fail.js';
import { Amendment } from '../database/entities/amendment.entity.js';
import { Clause } from '../database/entities/clause.entity.js';
import { ConsiderationOrder } from '../database/entities/consideration-order.entity.js';
import { Decision } from '../database/entities/decision.entity.js';
import { CONSIDERATION_ERRORS } from './amendment.errors.js';
import { versionsOf } from './amendment-languages.js';
import type { ConsiderationView } from './dto/consideration.view.js';

/**
 * The order in which the Chair takes up a decision's pending amendments: proposed from the rules
 * (libs/drafting's considerationOrder, with what each adoption entails), and the Chair's own order
 * where recorded — versioned, audited and live like every write.
 */
@Injectable()
export class AmendmentConsiderationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async read(decisionId: string): Promise<ConsiderationView> {
    const m = this.db.manager;
    const d = await findOrFail(m, Decision, decisionId, WORKFLOW_ERRORS.decision.NOT_FOUND, 'decision');
    return this.view(m, d);
  }

  /** The Chair's order: every id a pending amendment of the decision, once, each sub-amendment before its amendment. */
  async record(decisionId: string, actor: Actor, ids: string[], expectedVersion: number): Promise<ConsiderationView> {
    return this.db.transaction(async (m) => {
      await findOrFail(m, Decision, decisionId, WORKFLOW_ERRORS.decision.NOT_FOUND, 'decision');
      await lockRow(m, 'decisions', decisionId);
      const d = await m.getRepository(Decision).findOneByOrFail({ id: decisionId });
      if (DECISION_CLOSED.includes(d.workflow.state))
        throw CONSIDERATION_ERRORS.DECISION_CLOSED.error(`The decision is ${d.workflow.state}: there is nothing left to take up`, { state: d.workflow.state });
      const stored = await m.getRepository(ConsiderationOrder).findOne({ where: { decisionId }, lock: { mode: 'pessimistic_write' } });
      const version = stored?.version ?? 0;
      if (version !== expectedVersion)
        throw CONSIDERATION_ERRORS.VERSION_CONFLICT.error(
          `Version ${expectedVersion} of the order is stale; it is at version ${version}: reload it and order again`,
          {
            expectedVersion,
            currentVersion: version,
          },
        );
      const pending = await this.pending(m, decisionId);
      const byId = new Map(pending.map((a) => [a.id, a]));
      const unknown = ids.filter((id, i) => !byId.has(id) || ids.indexOf(id) !== i);
      if (unknown.length)
        throw CONSIDERATION_ERRORS.NOT_PENDING.error(`${unknown.length} id(s) are not pending amendments of this decision, or are named twice`, {
          ids: unknown,
        });
      const late = ids.find((id) => {
        const parent = byId.get(id)!.parentId;
        return parent !== null && ids.includes(parent) && ids.indexOf(parent) < ids.indexOf(id);
      });
      if (late) {
        const sub = byId.get(late)!;
        throw CONSIDERATION_ERRORS.SUBAMENDMENT_AFTER_PARENT.error(`${sub.number} comes after ${byId.get(sub.parentId!)!.number}, the amendment it amends`, {
          id: late,
        });
      }
      await m.getRepository(ConsiderationOrder).save({ decisionId, amendmentIds: ids, version: version + 1, recordedBy: actor.id });
      // On the decision's trail and live to every screen, the decision's own state and version unchanged.
      await this.audit.append(m, actor, {
        entityType: 'decision',
        entityId: decisionId,
        event: 'CONSIDERATION_ORDERED',
        fromState: d.workflow.state,
        toState: d.workflow.state,
        version: d.workflow.version,
        data: { order: ids.map((id) => byId.get(id)!.number), orderVersion: version + 1 },
      });
      return this.view(m, d);
    });
  }

  private pending(m: EntityManager, decisionId: string): Promise<Amendment[]> {
    return m.getRepository(Amendment).find({ where: { decisionId, workflow: { state: In(AMENDMENT_PENDING) } }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  private async view(m: EntityManager, d: Decision): Promise<ConsiderationView> {
    const [clauses, pending, stored] = await Promise.all([
      m.getRepository(Clause).find({ where: { decisionId: d.id, live: true }, order: { position: 'ASC' } }),
      this.pending(m, d.id),
      m.getRepository(ConsiderationOrder).findOneBy({ decisionId: d.id }),
    ]);
    const versions = await versionsOf(
      m,
      pending.filter((a) => a.language !== d.language).map((a) => a.id),
    );
    // Read on the decision's working text: an amendment filed in another language by its version in it, where written.
    const working = (a: Amendment): TextOperation =>
      a.language === d.language
        ? a.op
        : ((versions.get(a.id) ?? []).find((v) => v.lang === d.language && v.op && (v.status === 'translated' || v.status === 'verified'))?.op ?? a.op);
    const toConsider = pending.map(
      (a, filed): AmendmentToConsider => ({
        id: a.id,
        number: a.number,
        targetType: a.targetType,
        clauseId: a.clauseId,
        parentId: a.parentId,
        op: working(a),
        filed,
      }),
    );
    const byId = new Map(pending.map((a) => [a.id, a]));
    const proposed = considerationOrder(
      clauses.map((c) => ({ id: c.id, text: c.text })),
      toConsider,
    ).map((i) => {
      const a = byId.get(i.id)!;
      return { ...i, state: a.workflow.state, parent: a.parentId ? (byId.get(a.parentId)?.number ?? null) : null };
    });
    return {
      decisionId: d.id,
      proposed,
      chairOrder: stored
        ? merged(
            stored.amendmentIds,
            proposed.map((i) => i.id),
          )
        : null,
      version: stored?.version ?? 0,
      recordedAt: stored?.recordedAt.toISOString() ?? null,
    };
  }
}

/**
 * The Chair's order as it stands now: the amendments still pending in it, in its order, and each
 * pending one it does not name (filed since) placed as proposed — before the next one the Chair placed.
 */
export function merged(recorded: string[], proposed: string[]): string[] {
  const pending = new Set(proposed);
  const out = recorded.filter((id) => pending.has(id));
  const placed = new Set(out);
  proposed.forEach((id, i) => {
    if (placed.has(id)) return;
    const next = proposed.slice(i + 1).find((x) => placed.has(x));
    out.splice(next === undefined ? out.length : out.indexOf(next), 0, id);
    placed.add(id);
  });
  return out;
}
