import { clauseLabel, conflictsAmong, describeOperation, insertedWords } from '@gbdw/drafting';
import { AMENDMENT_PENDING, type AmendmentFacts, allowedEventParameters, amendmentWorkflow, type PersistedWorkflow, WORKFLOW_ERRORS } from '@gbdw/workflow';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import type { Actor } from '../common/actor.js';
import { type CachedJson, cachedJsonBytes, toCachedJson } from '../common/cached-json.js';
import { findOrFail } from '../common/find-or-fail.js';
import { Adjustment } from '../database/entities/adjustment.entity.js';
import { Amendment } from '../database/entities/amendment.entity.js';
import { Clause } from '../database/entities/clause.entity.js';
import { Decision } from '../database/entities/decision.entity.js';
import { Group } from '../database/entities/group.entity.js';
import { PlanPoint } from '../database/entities/plan-point.entity.js';
import { Principal } from '../database/entities/principal.entity.js';
import { persisted } from '../database/entities/workflow-columns.js';
import { ReadCache } from '../events/read-cache.service.js';
import { toWorkflowActor } from '../workflow/workflow-runner.service.js';
import { amendmentFacts } from './amendment-facts.js';
import { clauseVersionTexts, languageFacts, versionsOf, versionView } from './amendment-languages.js';
import { readerKind } from './amendment-reader-kind.js';
import { delegateRef, namedPrincipals, targetKey, targetOf, withSupports } from './amendment-view-parts.js';
import type { AmendmentsQueryDto } from './dto/amendment.dto.js';
import type { AmendmentView, PositionsRowView } from './dto/amendment.view.js';

type Positions = Map<string, Record<string, string | null>>;

/** What every reader sees of an amendment; allowedEvents are added per caller from the snapshot and the facts. */
interface SharedView {
  view: Omit<AmendmentView, 'allowedEvents' | 'eventParameters'>;
  snapshot: PersistedWorkflow;
  facts: AmendmentFacts;
}

const LIST_CONFLICTS = 10;
/** About what a shared list row holds in memory (its view, snapshot and facts). */
const SHARED_ROW_BYTES = 4096;

/**
 * Amendments as every screen reads them, with a fixed number of queries however many there
 * are: the rows, their sub-amendments, the texts their anchors are read in, the pending
 * amendments on those texts (for conflicts, computed from the anchors), the live clauses (for
 * labels), the state of what they amend (for allowedEvents), and the groups' positions.
 */
@Injectable()
export class AmendmentQueriesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cache: ReadCache,
  ) {}

  /**
   * The list every screen refetches after every event: its shared part is built once per change
   * (ReadCache), each caller's answer (with its own allowedEvents) once per caller and change,
   * serialized once with its ETag.
   */
  async list(actor: Actor, q: AmendmentsQueryDto): Promise<CachedJson> {
    // Ids in their one spelling: a UUID in another case is the same list, not another build.
    // What screens refetch is kept: a decision's or an adjustment's whole list. A list narrowed by group or state is built
    // for its caller alone, so no number of distinct queries can fill the cache and empty it for every screen.
    if (q.group || q.state) return toCachedJson(forCaller(await this.sharedList(q), actor));
    const key = `amendments|${q.decision?.toLowerCase() ?? ''}|${q.adjustment?.toLowerCase() ?? ''}`;
    const generation = this.cache.generation();
    const shared = await this.cache.get(
      key,
      () => this.sharedList(q),
      (rows) => rows.length * SHARED_ROW_BYTES,
    );
    // Something changed while the list was read: answer what was read (a read may cross a write), but keep none of it.
    if (this.cache.generation() !== generation) return toCachedJson(forCaller(shared, actor));
    // An empty list (no amendment yet, or no such decision) costs one query to build again: it takes no place.
    if (!shared.length) {
      this.cache.forget(key);
      return toCachedJson(forCaller(shared, actor));
    }
    // One answer per kind of reader, not per principal: what each row's rules read of the reader, row by row.
    return this.cache.get(`${key}|${readerKind(shared, toWorkflowActor(actor))}`, async () => toCachedJson(forCaller(shared, actor)), cachedJsonBytes);
  }

  private async sharedList(q: AmendmentsQueryDto): Promise<SharedView[]> {
    const rows = await this.db.getRepository(Amendment).find({
      where: {
        ...(q.decision ? { decisionId: q.decision } : {}),
        ...(q.adjustment ? { adjustmentId: q.adjustment } : {}),
        ...(q.group ? { proposerGroup: q.group } : {}),
        ...(q.state ? { workflow: { state: q.state } } : {}),
      },
      // All of them: a list that stopped short would contradict the decision's own count. The
      // pending caps per member bound how many there can be.
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    // A list names at most LIST_CONFLICTS conflicts a row (and counts all): with many amendments on
    // one anchor, every row conflicting with every other would make the answer grow with the square.
    return this.shared(this.db.manager, rows, LIST_CONFLICTS);
  }

  async view(id: string, actor: Actor): Promise<AmendmentView> {
    return forCaller(await this.sharedOne(id), actor)[0];
  }

  /** One amendment as every screen refetches it when an event names it: built once per change and kind of reader. */
  async cachedView(id: string, actor: Actor): Promise<CachedJson> {
    const key = `amendment|${id.toLowerCase()}`;
    const generation = this.cache.generation();
    const shared = await this.cache.get(key, () => this.sharedOne(id));
    if (this.cache.generation() !== generation) return toCachedJson(forCaller(shared, actor)[0]);
    return this.cache.get(`${key}|${readerKind(shared, toWorkflowActor(actor))}`, async () => toCachedJson(forCaller(shared, actor)[0]), cachedJsonBytes);
  }

  private async sharedOne(id: string): Promise<SharedView[]> {
    const a = await findOrFail(this.db.manager, Amendment, id, WORKFLOW_ERRORS.amendment.NOT_FOUND, 'amendment');
    return this.shared(this.db.manager, [a]);
  }

  private async shared(m: EntityManager, rows: Amendment[], conflictsShown = Number.POSITIVE_INFINITY): Promise<SharedView[]> {
    if (!rows.length) return [];
    const ids = rows.map((a) => a.id);
    const decisionIds = [...new Set(rows.map((a) => a.decisionId).filter((x): x is string => x !== null))];
    const clauseIds = [...new Set(rows.map((a) => a.clauseId).filter((x): x is string => x !== null))];
    const adjustmentIds = [...new Set(rows.map((a) => a.adjustmentId).filter((x): x is string => x !== null))];
    const parentIds = [...new Set(rows.map((a) => a.parentId).filter((x): x is string => x !== null))];
    const principalIds = namedPrincipals(rows);
    const [subs, liveClauses, decisions, adjustments, parents, onTargets, positions, principals, versions, gaps, versionTexts] = await Promise.all([
      m.getRepository(Amendment).find({ where: { parentId: In(ids) }, order: { createdAt: 'ASC', id: 'ASC' } }),
      decisionIds.length ? m.getRepository(Clause).find({ where: { decisionId: In(decisionIds), live: true }, order: { position: 'ASC' } }) : [],
      decisionIds.length ? m.getRepository(Decision).find({ where: { id: In(decisionIds) } }) : [],
      adjustmentIds.length ? m.getRepository(Adjustment).find({ where: { id: In(adjustmentIds) } }) : [],
      parentIds.length ? m.getRepository(Amendment).find({ where: { id: In(parentIds) } }) : [],
      // Every pending amendment on the same texts, for conflicts.
      m.getRepository(Amendment).find({
        where: [
          ...(clauseIds.length ? [{ clauseId: In(clauseIds), targetType: 'clause' as const, workflow: { state: In(AMENDMENT_PENDING) } }] : []),
          ...(adjustmentIds.length ? [{ adjustmentId: In(adjustmentIds), targetType: 'adjustment' as const, workflow: { state: In(AMENDMENT_PENDING) } }] : []),
          ...(parentIds.length ? [{ parentId: In(parentIds), workflow: { state: In(AMENDMENT_PENDING) } }] : []),
        ],
        order: { createdAt: 'ASC', id: 'ASC' },
      }),
      this.positions(m, ids),
      principalIds.length ? m.getRepository(Principal).find({ where: { id: In(principalIds) } }) : [],
      versionsOf(m, [...new Set([...ids, ...parentIds])]),
      languageFacts(m, ids),
      clauseVersionTexts(m, clauseIds),
    ]);
    const principalOf = new Map(principals.map((p) => [p.id, p]));
    const points = adjustments.length ? await m.getRepository(PlanPoint).find({ where: { id: In(adjustments.map((j) => j.planPointId)) } }) : [];
    const workingOf = new Map(decisions.map((d) => [d.id, d.language]));
    // Each text in each language: an amendment's anchors are read in the language it was filed in.
    const texts = new Map<string, string | null>([
      ...liveClauses.map((c) => [`c:${c.id}|${workingOf.get(c.decisionId)}`, c.text] as [string, string]),
      ...versionTexts,
      ...adjustments.map((j) => [`j:${j.id}|en`, j.text] as [string, string | null]),
      ...parents.map((p) => [`p:${p.id}|${p.language}`, insertedWords(p.op)] as [string, string | null]),
      ...parents.flatMap((p) => (versions.get(p.id) ?? []).map((v) => [`p:${p.id}|${v.lang}`, v.op && insertedWords(v.op)] as [string, string | null])),
    ]);
    const conflicts = new Map<string, Amendment[]>();
    const byId = new Map(onTargets.map((a) => [a.id, a]));
    const groupedOnTargets = Map.groupBy(onTargets, (a) => `${targetKey(a)}|${a.language}`);
    for (const [key, group] of groupedOnTargets) {
      const text = texts.get(key);
      if (!text) continue;
      for (const [id, others] of conflictsAmong(
        text,
        group.map((a) => ({ key: a.id, op: a.op })),
      ))
        conflicts.set(
          id,
          others.map((o) => byId.get(o)!),
        );
    }
    const labels = new Map<string, string>();
    for (const list of Map.groupBy(liveClauses, (c) => c.decisionId).values())
      list.forEach((c, i) => {
        labels.set(c.id, `(${clauseLabel(i)})`);
      });
    const decisionOf = new Map(decisions.map((d) => [d.id, d]));
    const adjustmentOf = new Map(adjustments.map((j) => [j.id, j]));
    const pointOf = new Map(points.map((p) => [p.id, p]));
    const subsOf = Map.groupBy(subs, (s) => s.parentId!);
    return rows.map((a) => {
      const mySubs = subsOf.get(a.id) ?? [];
      const facts = amendmentFacts({
        target: targetOf(a, decisionOf, adjustmentOf, pointOf),
        pendingSubamendments: mySubs.filter((s) => AMENDMENT_PENDING.includes(s.workflow.state)).length,
        deletesClause: a.op.kind === 'delete_clause',
        liveClauses: liveClauses.filter((c) => c.decisionId === a.decisionId).length,
        languages: gaps.get(a.id)!,
      });
      const snapshot = persisted(a.workflow);
      const ctx = snapshot.context as { seconderId: string | null; supporters: string[] };
      const view = {
        id: a.id,
        number: a.number,
        targetType: a.targetType,
        decisionId: a.decisionId,
        clauseId: a.clauseId,
        clause: a.clauseId ? (labels.get(a.clauseId) ?? null) : null,
        clauseText: a.clauseId ? (texts.get(`c:${a.clauseId}|${a.language}`) ?? null) : null,
        adjustmentId: a.adjustmentId,
        parentId: a.parentId,
        op: a.op as unknown as Record<string, unknown>,
        description: describeOperation(a.op, a.language),
        language: a.language,
        versions: (versions.get(a.id) ?? []).map(versionView),
        untranslated: gaps.get(a.id)!.notApplicable,
        movedOp: a.movedOp as unknown as Record<string, unknown>,
        movedDescription: describeOperation(a.movedOp, a.language),
        rationale: a.rationale,
        proposerGroup: a.proposerGroup,
        onBehalf: a.onBehalf,
        proposerCountry: a.onBehalf === 'self' ? (principalOf.get(a.proposerId)?.country ?? null) : null,
        filedBySecretariat: a.filedById !== null,
        late: a.late,
        state: a.workflow.state,
        version: a.workflow.version,
        seconder: ctx.seconderId,
        secondedBy: ctx.seconderId ? delegateRef(principalOf.get(ctx.seconderId)) : null,
        supports: ctx.supporters,
        conflictsWith: (conflicts.get(a.id) ?? []).slice(0, conflictsShown).map((c) => ({ id: c.id, number: c.number, state: c.workflow.state })),
        conflictCount: (conflicts.get(a.id) ?? []).length,
        staleBecause: a.staleBecause,
        fallenBecause: a.fallenBecause,
        subamendments: mySubs.map((s) => ({
          id: s.id,
          number: s.number,
          state: s.workflow.state,
          op: s.op as unknown as Record<string, unknown>,
          description: describeOperation(s.op, s.language),
        })),
        positions: withSupports(positions.get(a.id)!, ctx.supporters),
        adoptionSeq: a.adoptionSeq,
        createdAt: a.createdAt.toISOString(),
        decidedAt: a.decidedAt?.toISOString() ?? null,
        method: a.method,
      };
      return { view, snapshot, facts };
    });
  }

  /** Each group's latest stance on each amendment, from statements with a stance on it. */
  private async positions(m: EntityManager, amendmentIds: string[]): Promise<Positions> {
    const groups = await m.getRepository(Group).find({ order: { code: 'ASC' } });
    const rows: { target_id: string; group_code: string; stance: string }[] = amendmentIds.length
      ? await m.query(
          `SELECT DISTINCT ON (target_id, group_code) target_id, group_code, stance FROM statements
            WHERE target_type = 'amendment' AND target_id = ANY($1) AND stance IS NOT NULL
            ORDER BY target_id, group_code, created_at DESC, id DESC`,
          [amendmentIds],
        )
      : [];
    const out: Positions = new Map();
    for (const id of amendmentIds) out.set(id, Object.fromEntries(groups.map((g) => [g.code, null])));
    for (const r of rows) out.get(r.target_id)![r.group_code] = r.stance;
    return out;
  }

  /** The tripartite matrix of a whole decision: each amendment × each group's stance. */
  async decisionPositions(decisionId: string): Promise<PositionsRowView[]> {
    const m = this.db.manager;
    await findOrFail(m, Decision, decisionId, WORKFLOW_ERRORS.decision.NOT_FOUND, 'decision');
    const amendments = await m.getRepository(Amendment).find({ where: { decisionId }, order: { createdAt: 'ASC', id: 'ASC' } });
    const positions = await this.positions(
      m,
      amendments.map((a) => a.id),
    );
    return amendments.map((a) => {
      const ctx = persisted(a.workflow).context as { supporters: string[] };
      return {
        id: a.id,
        number: a.number,
        state: a.workflow.state,
        proposerGroup: a.proposerGroup,
        supports: ctx.supporters,
        positions: withSupports(positions.get(a.id)!, ctx.supporters),
      };
    });
  }
}

/** The per-caller part: what this principal may send on each amendment now. */
function forCaller(shared: SharedView[], actor: Actor): AmendmentView[] {
  const who = toWorkflowActor(actor);
  return shared.map(({ view, snapshot, facts }) => {
    const allowed = allowedEventParameters(amendmentWorkflow, snapshot, who, facts);
    return {
      ...view,
      allowedEvents: Object.keys(allowed),
      eventParameters: Object.fromEntries(Object.entries(allowed).filter(([type]) => amendmentWorkflow.parameters?.[type])),
    };
  });
}
