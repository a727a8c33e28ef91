import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../../../../libs/common/src/index.js';
import { clauseLabel, referenceLine, renderTxt } from '../../../../libs/drafting/src/index.js';
import { AMENDMENT_PENDING, allowedEvents, decisionWorkflow } from '../../../../libs/workflow/src/index.js';
import { AmendmentEffects } from '../amendments/amendment-effects.service.js';
import type { Actor } from '../common/actor.js';
import { findOrFail } from '../common/find-or-fail.js';
import { GbDocumentRow } from '../documents/document.entity.js';
import { persisted } from '../workflow/workflow-columns.js';
import { toWorkflowActor, WorkflowRunner } from '../workflow/workflow-runner.service.js';
import { Clause, Decision } from './decision.entity.js';
import type { DecisionEventDto } from './dto/decision-event.dto.js';

@Injectable()
export class DecisionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly runner: WorkflowRunner,
    private readonly effects: AmendmentEffects,
  ) {}

  find(m: EntityManager, id: string): Promise<Decision> {
    return findOrFail(m, Decision, id, 'DECISION', 'decision');
  }

  liveClauses(m: EntityManager, decisionId: string): Promise<Clause[]> {
    return m.getRepository(Clause).find({ where: { decisionId, live: true }, order: { position: 'ASC' } });
  }

  async facts(m: EntityManager, decisionId: string) {
    const [row] = await m.query(
      `SELECT count(*) FILTER (WHERE state = ANY($2))::int AS pending,
              count(*) FILTER (WHERE state = 'adopted' AND parent_id IS NULL)::int AS adopted
         FROM amendments WHERE decision_id = $1`,
      [decisionId, AMENDMENT_PENDING],
    );
    return { pendingAmendments: row.pending, adoptedAmendments: row.adopted };
  }

  async view(id: string, actor: Actor) {
    const m = this.db.manager;
    const d = await this.find(m, id);
    const [clauses, doc, facts] = await Promise.all([this.liveClauses(m, d.id), m.getRepository(GbDocumentRow).findOneByOrFail({ id: d.documentId }), this.facts(m, d.id)]);
    return {
      id: d.id,
      documentId: d.documentId,
      document: doc.symbol,
      paragraph: d.paragraphNumber,
      chapeau: d.chapeau,
      clauses: clauses.map((c, i) => ({ id: c.id, label: `(${clauseLabel(i)})`, text: c.text })),
      state: d.workflow.state,
      version: d.workflow.version,
      allowedEvents: allowedEvents(decisionWorkflow, persisted(d.workflow), toWorkflowActor(actor), facts),
      pendingAmendments: facts.pendingAmendments,
      outcome: d.outcome,
      method: d.method,
      referenceLine: d.referenceLine,
      decidedAt: d.decidedAt?.toISOString() ?? null,
    };
  }

  async event(id: string, actor: Actor, dto: DecisionEventDto) {
    await this.db.transaction(async (m) => {
      const d = await this.find(m, id);
      if ((dto.type === 'EDIT' || dto.type === 'REVISE') && !dto.clauses) {
        throw new DomainError('invalid', 'REQUEST.VALIDATION_FAILED', `${dto.type} needs clauses`, { fields: { clauses: ['required for EDIT and REVISE'] } });
      }
      const result = await this.runner.transition(m, {
        def: decisionWorkflow,
        entity: 'decision',
        id: d.id,
        expectedVersion: dto.expectedVersion,
        actor,
        type: dto.type,
        params: dto.method ? { method: dto.method } : {},
        facts: () => this.facts(m, d.id),
        explain: (type, facts) =>
          type === 'ADOPT' && Number(facts.pendingAmendments) > 0
            ? { code: 'DECISION.AMENDMENTS_PENDING', message: `${facts.pendingAmendments} amendment(s) are still pending: decide them first` }
            : null,
      });
      if (dto.clauses) await this.replaceClauses(m, d.id, dto.clauses);
      if (dto.type === 'REVISE') await this.effects.recheckAnchors(m, { decisionId: d.id }, null);
      if (dto.type === 'ADOPT') await this.freeze(m, d, result.to, dto.method ?? { kind: 'consensus' });
      if (dto.type === 'REJECT' || dto.type === 'WITHDRAW') {
        await m.update(Decision, { id: d.id }, { outcome: result.to, method: dto.method ?? null, decidedAt: new Date() });
        await this.effects.lapsePending(m, { decisionId: d.id }, `decision ${result.to}`);
      }
    });
    return this.view(id, actor);
  }

  /** Clause texts as the Office edits them before publication, or revises them in the window. */
  private async replaceClauses(m: EntityManager, decisionId: string, texts: string[]): Promise<void> {
    const repo = m.getRepository(Clause);
    const current = await this.liveClauses(m, decisionId);
    for (let i = 0; i < Math.max(current.length, texts.length); i++) {
      if (i < current.length && i < texts.length) await repo.update({ id: current[i].id }, { text: texts[i], draftText: texts[i] });
      else if (i < texts.length) await repo.insert({ decisionId, position: (current.at(-1)?.position ?? -1) + 1 + (i - current.length), text: texts[i], draftText: texts[i], live: true });
      // Gone from the Office's text too: the draft variant is the text as last edited or revised.
      else await repo.update({ id: current[i].id }, { live: false, draftText: null });
    }
  }

  /** The final text, outcome, method and reference line, frozen at ADOPT and never recomputed. */
  private async freeze(m: EntityManager, d: Decision, outcome: string, method: { kind: string }): Promise<void> {
    const doc = await m.getRepository(GbDocumentRow).findOneByOrFail({ id: d.documentId });
    const clauses = await this.liveClauses(m, d.id);
    const ref = referenceLine(doc.symbol, d.paragraphNumber, outcome === 'adopted_as_amended');
    const finalText = renderTxt({ chapeau: d.chapeau, clauses: clauses.map((c) => c.text), referenceLine: ref });
    await m.update(Decision, { id: d.id }, { finalText, outcome, method: method as Decision['method'], referenceLine: ref, decidedAt: new Date() });
  }
}
