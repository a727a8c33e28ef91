import { AMENDMENT_PENDING, WORKFLOW_ERRORS } from '@gbdw/workflow';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import type { Actor } from '../common/actor.js';
import { findOrFail, lockRow } from '../common/find-or-fail.js';
import { Adjustment } from '../database/entities/adjustment.entity.js';
import { Amendment } from '../database/entities/amendment.entity.js';
import { Clause } from '../database/entities/clause.entity.js';
import { Decision } from '../database/entities/decision.entity.js';
import { PlanPoint } from '../database/entities/plan-point.entity.js';
import { WorkflowRunner } from '../workflow/workflow-runner.service.js';
import { type AmendmentTarget, amendmentFacts } from './amendment-facts.js';
import { languageFacts } from './amendment-languages.js';
import type { AmendmentEventDto } from './dto/amendment.dto.js';

/** Events the Chair sends that need the amended text in play, and that may change it. */
const CHAIR_EVENTS = ['TAKE_UP', 'ADOPT', 'REJECT'];

/**
 * An amendment's events. Every row the transition may write is locked first, always in the
 * order decision (or plan point, adjustment) → parent → amendment, so two adoptions at once
 * queue instead of losing a change or deadlocking.
 */
@Injectable()
export class AmendmentTransitionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly runner: WorkflowRunner,
  ) {}

  async event(id: string, actor: Actor, dto: AmendmentEventDto & Record<string, unknown>): Promise<void> {
    const { type, expectedVersion, ...params } = dto;
    await this.db.transaction(async (m) => {
      const a = await findOrFail(m, Amendment, id, WORKFLOW_ERRORS.amendment.NOT_FOUND, 'amendment');
      const chair = CHAIR_EVENTS.includes(type);
      const target = await this.lockTarget(m, a, chair);
      if (a.parentId && chair) await lockRow(m, 'amendments', a.parentId);
      await this.runner.transition(m, {
        entity: 'amendment',
        id: a.id,
        expectedVersion,
        actor,
        type,
        params,
        facts: async () =>
          amendmentFacts({
            target,
            pendingSubamendments: await m.getRepository(Amendment).count({ where: { parentId: a.id, workflow: { state: In(AMENDMENT_PENDING) } } }),
            deletesClause: a.op.kind === 'delete_clause',
            liveClauses: a.op.kind === 'delete_clause' ? await m.getRepository(Clause).count({ where: { decisionId: a.decisionId!, live: true } }) : 0,
            languages: (await languageFacts(m, [a.id])).get(a.id)!,
          }),
      });
    });
  }

  /** Locks what the amendment changes (for update when the Chair may change it) and reads its state. */
  private async lockTarget(m: EntityManager, a: Amendment, forUpdate: boolean): Promise<AmendmentTarget> {
    if (a.decisionId) {
      await lockRow(m, 'decisions', a.decisionId, forUpdate);
      const d = await m.getRepository(Decision).findOneByOrFail({ id: a.decisionId });
      return { decisionState: d.workflow.state };
    }
    const adj = await m.getRepository(Adjustment).findOneByOrFail({ id: a.adjustmentId! });
    await lockRow(m, 'plan_points', adj.planPointId, false);
    await lockRow(m, 'adjustments', adj.id, forUpdate);
    const point = await m.getRepository(PlanPoint).findOneByOrFail({ id: adj.planPointId });
    const fresh = await m.getRepository(Adjustment).findOneByOrFail({ id: adj.id });
    return { adjustmentState: fresh.workflow.state, pointState: point.workflow.state };
  }
}
