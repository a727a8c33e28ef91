import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In, MoreThan } from 'typeorm';
import { DomainError } from '../../../../libs/common/src/index.js';
import {
  AnchorError,
  applyOperation,
  applySubamendment,
  clauseIndex,
  clauseLabel,
  insertedWords,
  overlaps,
  type Span,
  spanOf,
  type TextOperation,
} from '../../../../libs/drafting/src/index.js';
import { AMENDMENT_PENDING, allowedEvents, amendmentWorkflow, DECISION_OPEN_FOR_AMENDMENT, type PersistedWorkflow, start } from '../../../../libs/workflow/src/index.js';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../common/actor.js';
import { findOrFail, lockForShare } from '../common/find-or-fail.js';
import { Clause, Decision } from '../decisions/decision.entity.js';
import { GbDocumentRow } from '../documents/document.entity.js';
import { Session } from '../documents/session.entity.js';
import { Group } from '../groups/group.entity.js';
import { Adjustment } from '../plan/adjustment.entity.js';
import { PlanPoint } from '../plan/plan-point.entity.js';
import { persisted, workflowColumns } from '../workflow/workflow-columns.js';
import { toWorkflowActor, WorkflowRunner } from '../workflow/workflow-runner.service.js';
import { AmendmentEffects } from './amendment-effects.service.js';
import { AppliedChange, Amendment } from './amendment.entity.js';
import type { AmendmentEventDto, AmendmentsQueryDto, CreateAmendmentDto, CreateSubamendmentDto, OperationDto } from './dto/amendment.dto.js';

const CLOSING = ['withdrawn', 'rejected', 'lapsed'];
const GOVERNMENT_KINDS = ['government', 'regional'];

/** The operation as stored: only the fields its kind uses; a 400 names what is missing or extra. */
export function toOperation(dto: OperationDto, allowed: readonly TextOperation['kind'][]): TextOperation {
  const need = (...fields: (keyof OperationDto)[]) => {
    const missing = fields.filter((f) => dto[f] === undefined);
    if (missing.length) invalid(Object.fromEntries(missing.map((f) => [`op.${f}`, [`required for ${dto.kind}`]])));
  };
  const extra = (...fields: (keyof OperationDto)[]) => {
    const given = (['after', 'before', 'find', 'with', 'text', 'occurrence'] as const).filter((f) => dto[f] !== undefined && !fields.includes(f));
    if (given.length) invalid(Object.fromEntries(given.map((f) => [`op.${f}`, [`not used by ${dto.kind}`]])));
  };
  if (!allowed.includes(dto.kind)) invalid({ 'op.kind': [`${dto.kind} is not allowed here; use ${allowed.join(', ')}`] });
  const occ = dto.occurrence !== undefined ? { occurrence: dto.occurrence } : {};
  switch (dto.kind) {
    case 'insert':
      extra('after', 'before', 'text', 'occurrence');
      need('text');
      if ((dto.after === undefined) === (dto.before === undefined)) invalid({ 'op.after': ['give exactly one of after or before'] });
      return { kind: 'insert', ...(dto.after !== undefined ? { after: dto.after } : { before: dto.before! }), text: dto.text!, ...occ };
    case 'replace':
      extra('find', 'with', 'occurrence');
      need('find', 'with');
      return { kind: 'replace', find: dto.find!, with: dto.with!, ...occ };
    case 'delete':
      extra('find', 'occurrence');
      need('find');
      return { kind: 'delete', find: dto.find!, ...occ };
    case 'replace_clause':
      extra('text');
      need('text');
      return { kind: 'replace_clause', text: dto.text! };
    case 'add_clause':
      extra('after', 'text');
      need('text');
      return { kind: 'add_clause', text: dto.text!, ...(dto.after !== undefined ? { after: dto.after } : {}) };
    default:
      extra();
      return { kind: 'delete_clause' };
  }
}

function invalid(fields: Record<string, string[]>): never {
  throw new DomainError('invalid', 'REQUEST.VALIDATION_FAILED', `Invalid field(s): ${Object.keys(fields).join(', ')}`, { fields });
}

interface Proposer {
  proposerId: string;
  proposerGroup: string;
  onBehalf: 'group' | 'self';
  filedById: string | null;
  label: string;
}

@Injectable()
export class AmendmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly runner: WorkflowRunner,
    private readonly effects: AmendmentEffects,
    private readonly audit: AuditService,
  ) {}

  /** A member acts for its own group only; the secretariat files a group's written amendment. */
  private async proposer(m: EntityManager, actor: Actor, dto: { onBehalf?: 'group' | 'self'; groupCode?: string }): Promise<Proposer> {
    if (actor.role === 'secretariat') {
      if (!dto.groupCode) invalid({ groupCode: ['the secretariat files an amendment for a group: name it'] });
      if (dto.onBehalf === 'self') invalid({ onBehalf: ['the secretariat files for a group, not in its own name'] });
      if (!(await m.getRepository(Group).existsBy({ code: dto.groupCode }))) {
        throw new DomainError('unprocessable', 'AMENDMENT.UNKNOWN_GROUP', `No group ${dto.groupCode}`);
      }
      return { proposerId: actor.id, proposerGroup: dto.groupCode!, onBehalf: 'group', filedById: actor.id, label: dto.groupCode! };
    }
    if (dto.groupCode && dto.groupCode !== actor.groupCode) {
      throw new DomainError('forbidden', 'AMENDMENT.NOT_YOUR_GROUP', `A member of ${actor.groupCode} cannot act for ${dto.groupCode}`);
    }
    if (dto.onBehalf === 'self') {
      const group = await m.getRepository(Group).findOneByOrFail({ code: actor.groupCode! });
      if (!GOVERNMENT_KINDS.includes(group.kind) || !actor.country) {
        throw new DomainError('forbidden', 'AMENDMENT.NOT_A_GOVERNMENT', 'Only a government delegate with a country may move an amendment in its own name');
      }
      return { proposerId: actor.id, proposerGroup: actor.groupCode!, onBehalf: 'self', filedById: null, label: `${actor.groupCode}-${actor.country}` };
    }
    return { proposerId: actor.id, proposerGroup: actor.groupCode!, onBehalf: 'group', filedById: null, label: actor.groupCode! };
  }

  /** Filed after the session's deadline: kept, marked late, taken up only with the Chair's leave. */
  private async isLate(m: EntityManager, documentId: string, sub: boolean): Promise<boolean> {
    const doc = await m.getRepository(GbDocumentRow).findOneByOrFail({ id: documentId });
    const s = await m.getRepository(Session).findOneByOrFail({ id: doc.sessionId });
    const hours = sub ? s.subamendmentDeadlineHours : s.amendmentDeadlineHours;
    if (!s.sittingAt || hours === null) return false;
    return Date.now() > s.sittingAt.getTime() - hours * 3_600_000;
  }

  private async nextNumber(m: EntityManager, prefix: string, label: string): Promise<string> {
    const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM amendments WHERE number LIKE $1`, [`${prefix}/${label}/%`]);
    return `${prefix}/${label}/${n + 1}`;
  }

  private lockDecision(m: EntityManager, decisionId: string): Promise<Decision> {
    return lockForShare(m, Decision, 'decisions', decisionId, 'DECISION', 'decision');
  }

  async fileOnDecision(decisionId: string, actor: Actor, dto: CreateAmendmentDto) {
    const id = await this.db.transaction(async (m) => {
      const decision = await this.lockDecision(m, decisionId);
      if (!DECISION_OPEN_FOR_AMENDMENT.includes(decision.workflow.state)) {
        throw new DomainError('conflict', 'DECISION.NOT_OPEN_FOR_AMENDMENTS', `The decision is ${decision.workflow.state}: amendments are not received now`, { state: decision.workflow.state });
      }
      const op = toOperation(dto.op, ['insert', 'replace', 'delete', 'replace_clause', 'add_clause', 'delete_clause']);
      const clauses = await m.getRepository(Clause).find({ where: { decisionId, live: true }, order: { position: 'ASC' } });
      let clause: Clause | null = null;
      if (op.kind === 'add_clause') {
        if (dto.clause) invalid({ clause: ['add_clause names its place with op.after, e.g. "(b)"'] });
        if (op.after !== undefined) clause = clauses[clauseIndex(op.after, clauses.length)];
      } else {
        if (!dto.clause) invalid({ clause: [`required for ${op.kind}`] });
        clause = clauses[clauseIndex(dto.clause, clauses.length)];
        spanOf(clause.text, op);
      }
      const who = await this.proposer(m, actor, dto);
      const label = clause ? `(${clauseLabel(clauses.indexOf(clause))})` : '';
      const number = await this.nextNumber(m, `D${decision.paragraphNumber}${op.kind === 'add_clause' ? '+' : ''}${label}`, who.label);
      const late = await this.isLate(m, decision.documentId, false);
      const conflicts = op.kind === 'add_clause' ? [] : await this.conflicts(m, { clauseId: clause!.id, targetType: 'clause' }, clause!.text, op);
      return this.insert(m, actor, {
        number,
        targetType: op.kind === 'add_clause' ? 'decision' : 'clause',
        decisionId,
        clauseId: clause?.id ?? null,
        adjustmentId: null,
        parentId: null,
        op,
        rationale: dto.rationale,
        late,
        who,
        conflicts,
      });
    });
    return this.view(id, actor);
  }

  async fileOnAdjustment(adjustmentId: string, actor: Actor, dto: CreateSubamendmentDto) {
    const id = await this.db.transaction(async (m) => {
      const adj = await lockForShare(m, Adjustment, 'adjustments', adjustmentId, 'ADJUSTMENT', 'adjustment');
      if (adj.workflow.state !== 'proposed') throw new DomainError('conflict', 'ADJUSTMENT.NOT_OPEN_FOR_AMENDMENTS', `The adjustment is ${adj.workflow.state}`);
      if (adj.text === null) throw new DomainError('unprocessable', 'ADJUSTMENT.NO_TEXT', `A ${adj.kind} adjustment has no text to amend`);
      const op = toOperation(dto.op, ['insert', 'replace', 'delete', 'replace_clause']);
      spanOf(adj.text, op);
      const point = await m.getRepository(PlanPoint).findOneByOrFail({ id: adj.planPointId });
      const who = await this.proposer(m, actor, dto);
      const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM adjustments WHERE plan_point_id = $1 AND created_at <= $2`, [adj.planPointId, adj.createdAt]);
      return this.insert(m, actor, {
        number: await this.nextNumber(m, `P${point.code}/ADJ${n}`, who.label),
        targetType: 'adjustment',
        decisionId: null,
        clauseId: null,
        adjustmentId,
        parentId: null,
        op,
        rationale: dto.rationale,
        late: await this.isLate(m, point.documentId, false),
        who,
        conflicts: await this.conflicts(m, { adjustmentId }, adj.text, op),
      });
    });
    return this.view(id, actor);
  }

  async fileSubamendment(parentId: string, actor: Actor, dto: CreateSubamendmentDto) {
    const id = await this.db.transaction(async (m) => {
      const parent = await lockForShare(m, Amendment, 'amendments', parentId, 'AMENDMENT', 'amendment');
      if (parent.parentId) throw new DomainError('unprocessable', 'SUBAMENDMENT.TOO_DEEP', 'Sub-amendments go one level deep: amend the amendment instead');
      if (!AMENDMENT_PENDING.includes(parent.workflow.state)) {
        throw new DomainError('conflict', 'AMENDMENT.NOT_PENDING', `The amendment is ${parent.workflow.state}: it can no longer be sub-amended`, { state: parent.workflow.state });
      }
      const op = toOperation(dto.op, ['insert', 'replace', 'delete']);
      const words = insertedWords(parent.op);
      if (words === null) throw new DomainError('unprocessable', 'SUBAMENDMENT.OUT_OF_SCOPE', `${parent.number} deletes words; there are none of its own to sub-amend`);
      try {
        spanOf(words, op);
      } catch (e) {
        if (e instanceof AnchorError && e.code === 'AMENDMENT.ANCHOR_NOT_FOUND') {
          throw new DomainError('unprocessable', 'SUBAMENDMENT.OUT_OF_SCOPE', `"${e.quote}" is not in the words ${parent.number} inserts or substitutes ("${words}")`, { quote: e.quote, scope: words });
        }
        throw e;
      }
      const who = await this.proposer(m, actor, dto);
      const documentId = parent.decisionId
        ? (await m.getRepository(Decision).findOneByOrFail({ id: parent.decisionId })).documentId
        : (await m.getRepository(PlanPoint).findOneByOrFail({ id: (await m.getRepository(Adjustment).findOneByOrFail({ id: parent.adjustmentId! })).planPointId })).documentId;
      return this.insert(m, actor, {
        number: await this.nextNumber(m, `${parent.number}/S`, who.label),
        targetType: 'amendment',
        decisionId: parent.decisionId,
        clauseId: null,
        adjustmentId: parent.adjustmentId,
        parentId,
        op,
        rationale: dto.rationale,
        late: await this.isLate(m, documentId, true),
        who,
        conflicts: await this.conflicts(m, { parentId }, words, op),
      });
    });
    return this.view(id, actor);
  }

  /** Pending amendments on the same target whose spans overlap this one; recorded on both sides. */
  private async conflicts(m: EntityManager, target: { clauseId: string; targetType: 'clause' } | { adjustmentId: string } | { parentId: string }, text: string, op: TextOperation): Promise<string[]> {
    const mine = spanOf(text, op);
    const others = await m.getRepository(Amendment).find({ where: { ...target, workflow: { state: In(AMENDMENT_PENDING) } } });
    return others.filter((o) => overlapsIn(text, mine, o.op)).map((o) => o.id);
  }

  private async insert(
    m: EntityManager,
    actor: Actor,
    a: Pick<Amendment, 'number' | 'targetType' | 'decisionId' | 'clauseId' | 'adjustmentId' | 'parentId' | 'op' | 'rationale' | 'late'> & { who: Proposer; conflicts: string[] },
  ): Promise<string> {
    const repo = m.getRepository(Amendment);
    const saved = await repo.save(
      repo.create({
        number: a.number,
        targetType: a.targetType,
        decisionId: a.decisionId,
        clauseId: a.clauseId,
        adjustmentId: a.adjustmentId,
        parentId: a.parentId,
        op: a.op,
        rationale: a.rationale,
        proposerId: a.who.proposerId,
        proposerGroup: a.who.proposerGroup,
        onBehalf: a.who.onBehalf,
        filedById: a.who.filedById,
        late: a.late,
        conflictsWith: a.conflicts,
        staleBecause: null,
        adoptionSeq: null,
        decidedAt: null,
        workflow: workflowColumns(
          start(amendmentWorkflow, {
            proposerGroup: a.who.proposerGroup,
            proposerId: a.who.proposerId,
            ownGovernment: a.who.onBehalf === 'self',
            late: a.late,
            seconderId: null,
            supporters: [],
            isSubamendment: a.parentId !== null,
          }),
        ),
      }),
    );
    if (a.conflicts.length) {
      await m.query(`UPDATE amendments SET conflicts_with = conflicts_with || $2::jsonb WHERE id = ANY($1)`, [a.conflicts, JSON.stringify([saved.id])]);
    }
    await this.audit.append(m, actor, {
      entityType: 'amendment',
      entityId: saved.id,
      event: a.parentId ? 'SUBAMENDMENT_FILED' : 'AMENDMENT_FILED',
      toState: 'submitted',
      version: 1,
      data: { number: a.number, late: a.late, conflictsWith: a.conflicts, filedForGroup: a.who.filedById ? a.who.proposerGroup : undefined },
    });
    return saved.id;
  }

  find(m: EntityManager, id: string): Promise<Amendment> {
    return findOrFail(m, Amendment, id, 'AMENDMENT', 'amendment');
  }

  async event(id: string, actor: Actor, dto: AmendmentEventDto) {
    await this.db.transaction(async (m) => {
      const a = await this.find(m, id);
      if (a.decisionId && ['TAKE_UP', 'ADOPT', 'REJECT'].includes(dto.type)) {
        const d = await this.lockDecision(m, a.decisionId);
        if (d.workflow.state !== 'amendments_in_play') {
          throw new DomainError('conflict', 'AMENDMENT.DECISION_NOT_IN_PLAY', `The Chair takes up amendments once the draft decision is taken up (it is ${d.workflow.state})`, { decisionState: d.workflow.state });
        }
      }
      const r = await this.runner.transition(m, {
        def: amendmentWorkflow,
        entity: 'amendment',
        id: a.id,
        expectedVersion: dto.expectedVersion,
        actor,
        type: dto.type,
        params: dto.leave !== undefined ? { leave: dto.leave } : {},
        facts: async () => ({ pendingSubamendments: await m.getRepository(Amendment).count({ where: { parentId: a.id, workflow: { state: In(AMENDMENT_PENDING) } } }) }),
        explain: (type, facts, stored) => explainGuard(type, facts, stored, actor),
      });
      if (r.to === 'adopted' && r.from !== 'adopted') await this.adopt(m, a);
      if (CLOSING.includes(r.to) && !CLOSING.includes(r.from)) await this.effects.mootSubamendments(m, a.id);
    });
    return this.view(id, actor);
  }

  /** Applies an adopted amendment, records each change, and re-checks every pending anchor. */
  private async adopt(m: EntityManager, a: Amendment): Promise<void> {
    if (a.parentId) {
      const parent = await this.find(m, a.parentId);
      await m.update(Amendment, { id: parent.id }, { op: applySubamendment(parent.op, a.op) });
      const version = await this.runner.touch(m, 'amendment', parent.id);
      await this.audit.append(m, null, { entityType: 'amendment', entityId: parent.id, event: 'REWRITTEN_BY_SUBAMENDMENT', version, data: { by: a.number } });
      await m.update(Amendment, { id: a.id }, { decidedAt: new Date() });
      await this.effects.recheckAnchors(m, { decisionId: a.decisionId ?? undefined, adjustmentId: a.adjustmentId ?? undefined }, a);
      return;
    }
    const scope = a.decisionId ? { decisionId: a.decisionId } : { adjustmentId: a.adjustmentId! };
    const [{ seq }] = await m.query(
      `SELECT coalesce(max(seq), 0) + 1 AS seq FROM applied_changes WHERE ${a.decisionId ? 'decision_id' : 'adjustment_id'} = $1`,
      [a.decisionId ?? a.adjustmentId],
    );
    const record = (clauseId: string | null, before: string, after: string) =>
      m.getRepository(AppliedChange).insert({ decisionId: a.decisionId, adjustmentId: a.adjustmentId, seq, amendmentId: a.id, clauseId, op: a.op, before, after });
    if (a.targetType === 'adjustment') {
      const adj = await m.getRepository(Adjustment).findOneByOrFail({ id: a.adjustmentId! });
      const after = applyOperation(adj.text!, a.op).text;
      await m.update(Adjustment, { id: adj.id }, { text: after });
      await this.runner.touch(m, 'adjustment', adj.id);
      await record(null, adj.text!, after);
    } else if (a.op.kind === 'add_clause') {
      const clauses = await m.getRepository(Clause).find({ where: { decisionId: a.decisionId!, live: true }, order: { position: 'ASC' } });
      const anchor = a.clauseId ? await m.getRepository(Clause).findOneByOrFail({ id: a.clauseId }) : null;
      const position = anchor ? anchor.position + 1 : (clauses.at(-1)?.position ?? -1) + 1;
      await m.increment(Clause, { decisionId: a.decisionId!, position: MoreThan(position - 1) }, 'position', 1);
      const inserted = await m.getRepository(Clause).insert({ decisionId: a.decisionId!, position, text: a.op.text, draftText: null, live: true });
      await record(inserted.identifiers[0].id as string, '', a.op.text);
    } else {
      const clause = await m.getRepository(Clause).findOneByOrFail({ id: a.clauseId! });
      if (a.op.kind === 'delete_clause') {
        await m.update(Clause, { id: clause.id }, { live: false });
        await record(clause.id, clause.text, '');
      } else {
        const after = applyOperation(clause.text, a.op).text;
        await m.update(Clause, { id: clause.id }, { text: after });
        await record(clause.id, clause.text, after);
      }
    }
    await m.update(Amendment, { id: a.id }, { adoptionSeq: seq, decidedAt: new Date() });
    if (a.decisionId) await this.runner.touch(m, 'decision', a.decisionId);
    await this.effects.recheckAnchors(m, scope, a);
  }

  async list(actor: Actor, q: AmendmentsQueryDto) {
    const rows = await this.db.getRepository(Amendment).find({
      where: { ...(q.decision ? { decisionId: q.decision } : {}), ...(q.group ? { proposerGroup: q.group } : {}), ...(q.state ? { workflow: { state: q.state } } : {}) },
      order: { createdAt: 'ASC' },
      take: 1000,
    });
    return Promise.all(rows.map((a) => this.view(a.id, actor, a)));
  }

  /** Each group's latest stance on each amendment, from statements with a stance on it. */
  async positions(m: EntityManager, amendmentIds: string[]): Promise<Map<string, Record<string, string | null>>> {
    const groups = await m.getRepository(Group).find({ order: { code: 'ASC' } });
    const rows: { target_id: string; group_code: string; stance: string }[] = amendmentIds.length
      ? await m.query(
          `SELECT DISTINCT ON (target_id, group_code) target_id, group_code, stance FROM statements
            WHERE target_type = 'amendment' AND target_id = ANY($1) AND stance IS NOT NULL
            ORDER BY target_id, group_code, created_at DESC, id DESC`,
          [amendmentIds],
        )
      : [];
    const out = new Map<string, Record<string, string | null>>();
    for (const id of amendmentIds) out.set(id, Object.fromEntries(groups.map((g) => [g.code, null])));
    for (const r of rows) out.get(r.target_id)![r.group_code] = r.stance;
    return out;
  }

  async view(id: string, actor: Actor, loaded?: Amendment) {
    const m = this.db.manager;
    const a = loaded ?? (await this.find(m, id));
    const [subs, conflicts, clause, positions] = await Promise.all([
      m.getRepository(Amendment).find({ where: { parentId: a.id }, order: { createdAt: 'ASC' } }),
      a.conflictsWith.length ? m.getRepository(Amendment).find({ where: { id: In(a.conflictsWith) } }) : Promise.resolve([]),
      a.clauseId ? m.getRepository(Clause).findOneBy({ id: a.clauseId }) : Promise.resolve(null),
      this.positions(m, [a.id]),
    ]);
    const ctx = persisted(a.workflow).context as { seconderId: string | null; supporters: string[] };
    const pendingSubs = subs.filter((s) => AMENDMENT_PENDING.includes(s.workflow.state)).length;
    let clauseLabelNow: string | null = null;
    if (clause?.live) {
      const live = await m.getRepository(Clause).find({ where: { decisionId: clause.decisionId, live: true }, order: { position: 'ASC' } });
      clauseLabelNow = `(${clauseLabel(live.findIndex((c) => c.id === clause.id))})`;
    }
    return {
      id: a.id,
      number: a.number,
      targetType: a.targetType,
      decisionId: a.decisionId,
      clauseId: a.clauseId,
      clause: clauseLabelNow,
      adjustmentId: a.adjustmentId,
      parentId: a.parentId,
      op: a.op,
      rationale: a.rationale,
      proposerGroup: a.proposerGroup,
      onBehalf: a.onBehalf,
      filedBySecretariat: a.filedById !== null,
      late: a.late,
      state: a.workflow.state,
      version: a.workflow.version,
      allowedEvents: allowedEvents(amendmentWorkflow, persisted(a.workflow), toWorkflowActor(actor), { pendingSubamendments: pendingSubs }),
      seconder: ctx.seconderId,
      supports: ctx.supporters,
      conflictsWith: conflicts.map((c) => ({ id: c.id, number: c.number, state: c.workflow.state })),
      staleBecause: a.staleBecause,
      subamendments: subs.map((s) => ({ id: s.id, number: s.number, state: s.workflow.state, op: s.op })),
      positions: positions.get(a.id),
      adoptionSeq: a.adoptionSeq,
      createdAt: a.createdAt.toISOString(),
      decidedAt: a.decidedAt?.toISOString() ?? null,
    };
  }

  /** The tripartite matrix of a whole decision: each amendment × each group's stance. */
  async decisionPositions(decisionId: string) {
    const m = this.db.manager;
    await this.ensureDecision(m, decisionId);
    const amendments = await m.getRepository(Amendment).find({ where: { decisionId }, order: { createdAt: 'ASC' } });
    const positions = await this.positions(m, amendments.map((a) => a.id));
    return amendments.map((a) => ({ id: a.id, number: a.number, state: a.workflow.state, proposerGroup: a.proposerGroup, positions: positions.get(a.id) }));
  }

  private async ensureDecision(m: EntityManager, decisionId: string) {
    await findOrFail(m, Decision, decisionId, 'DECISION', 'decision');
  }
}

function overlapsIn(text: string, mine: Span, other: TextOperation): boolean {
  try {
    return overlaps(mine, spanOf(text, other));
  } catch {
    return false; // its anchor is gone already: it will go stale, not conflict
  }
}

function explainGuard(type: string, facts: Record<string, unknown>, stored: PersistedWorkflow, actor: Actor) {
  const ctx = stored.context as { late: boolean; ownGovernment: boolean; seconderId: string | null; supporters: string[] };
  if (type === 'TAKE_UP' && ctx.late) return { code: 'AMENDMENT.LEAVE_REQUIRED', message: 'This amendment was filed late: the Chair must give leave (leave: true)' };
  if ((type === 'ADOPT' || type === 'REJECT') && Number(facts.pendingSubamendments) > 0) {
    return { code: 'AMENDMENT.SUBAMENDMENTS_PENDING', message: `${facts.pendingSubamendments} sub-amendment(s) must be decided first` };
  }
  if (type === 'SECOND') {
    return ctx.ownGovernment
      ? { code: 'AMENDMENT.ALREADY_SECONDED', message: 'This amendment is already seconded' }
      : { code: 'AMENDMENT.SECOND_NOT_NEEDED', message: 'A group amendment needs no seconder' };
  }
  if (type === 'SUPPORT' && ctx.supporters.includes(actor.groupCode ?? '')) return { code: 'AMENDMENT.ALREADY_SUPPORTED', message: `${actor.groupCode} already supports it` };
  return null;
}
