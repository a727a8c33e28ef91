import { allowedEventParameters, DECISION_CLOSED, type SpeakerFacts, speakerWorkflow, WORKFLOW_ERRORS } from '@gbdw/workflow';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../common/actor.js';
import { findOrFail } from '../common/find-or-fail.js';
import { Decision } from '../database/entities/decision.entity.js';
import { Group } from '../database/entities/group.entity.js';
import { Speaker } from '../database/entities/speaker.entity.js';
import { SpeakerList } from '../database/entities/speaker-list.entity.js';
import { persisted } from '../database/entities/workflow-columns.js';
import { toWorkflowActor } from '../workflow/workflow-runner.service.js';
import type { SpeakerOrderDto, SpeakerSettingsDto } from './dto/speaker.dto.js';
import type { RequestAsView, SpeakerListView, SpeakerView } from './dto/speaker.view.js';
import { SPEAKER_ERRORS } from './speaker.errors.js';
import { byCategory } from './speaker-order.js';

/** A list as its writers hold it: the decision (locked for share) and the list's row (locked for update). */
export interface LockedList {
  decision: Decision;
  list: SpeakerList;
}

/** An item's list of speakers as a whole: reading it, its order and its settings, each change versioned and audited. */
@Injectable()
export class SpeakerListService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async read(decisionId: string, actor: Actor): Promise<SpeakerListView> {
    const m = this.db.manager;
    const d = await findOrFail(m, Decision, decisionId, WORKFLOW_ERRORS.decision.NOT_FOUND, 'decision');
    const list = await m.getRepository(SpeakerList).findOneBy({ decisionId });
    return this.view(m, d, list, actor);
  }

  /**
   * Locks the decision for share (its transitions wait) and then the list (created on first use), the order
   * every writer of the list follows; `open` refuses a closed decision.
   */
  async lock(m: EntityManager, decisionId: string, open: boolean): Promise<LockedList> {
    const found = await findOrFail(m, Decision, decisionId, WORKFLOW_ERRORS.decision.NOT_FOUND, 'decision');
    await m.query('SELECT 1 FROM decisions WHERE id = $1 FOR SHARE', [found.id]);
    const decision = await m.getRepository(Decision).findOneByOrFail({ id: found.id });
    if (open) this.refuseClosed(decision);
    await m.query('INSERT INTO speaker_lists (decision_id, version) VALUES ($1, 0) ON CONFLICT (decision_id) DO NOTHING', [decision.id]);
    const list = await m.getRepository(SpeakerList).findOneOrFail({ where: { decisionId: decision.id }, lock: { mode: 'pessimistic_write' } });
    return { decision, list };
  }

  refuseClosed(decision: Decision): void {
    if (DECISION_CLOSED.includes(decision.workflow.state))
      throw SPEAKER_ERRORS.ITEM_CLOSED.error(`The decision is ${decision.workflow.state}: the item's list of speakers is closed`, {
        state: decision.workflow.state,
      });
  }

  /** Every change to the list or an entry on it bumps the list's version, so a move read before it is refused. */
  async bump(m: EntityManager, list: SpeakerList): Promise<number> {
    list.version += 1;
    await m.query('UPDATE speaker_lists SET version = $2 WHERE decision_id = $1', [list.decisionId, list.version]);
    return list.version;
  }

  checkVersion(list: SpeakerList, expectedVersion: number): void {
    if (list.version !== expectedVersion)
      throw SPEAKER_ERRORS.LIST_VERSION_CONFLICT.error(`Version ${expectedVersion} of the list is stale; it is at version ${list.version}: reload it`, {
        expectedVersion,
        currentVersion: list.version,
      });
  }

  /**
   * A revision supersedes the decision: who waits and who has the floor go on with the decision that replaces it, with
   * the list's settings; who spoke or withdrew stays on the superseded decision's record (they spoke on that draft).
   */
  async carry(m: EntityManager, fromDecisionId: string, toDecisionId: string): Promise<void> {
    await m.query(
      `INSERT INTO speaker_lists (decision_id, employers_first, speaking_time_seconds, version)
       SELECT $2, employers_first, speaking_time_seconds, 1 FROM speaker_lists WHERE decision_id = $1
       ON CONFLICT (decision_id) DO NOTHING`,
      [fromDecisionId, toDecisionId],
    );
    await m.query(`UPDATE speakers SET decision_id = $2 WHERE decision_id = $1 AND state IN ('waiting', 'speaking')`, [fromDecisionId, toDecisionId]);
  }

  /** The waiting entries, in their order (locked with the list). */
  waiting(m: EntityManager, decisionId: string): Promise<Speaker[]> {
    return m.getRepository(Speaker).find({ where: { decisionId, workflow: { state: 'waiting' } }, order: { position: 'ASC' } });
  }

  /** Renumbers the waiting from 1 in the order given (positions are unique per list only among the waiting). */
  async renumber(m: EntityManager, ordered: Speaker[]): Promise<void> {
    if (!ordered.length) return;
    await m.query('UPDATE speakers s SET position = o.position FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, position) WHERE s.id = o.id', [
      ordered.map((s) => s.id),
    ]);
  }

  /** The secretariat's move: every waiting entry, each once, in the new order. */
  async reorder(decisionId: string, actor: Actor, dto: SpeakerOrderDto): Promise<SpeakerListView> {
    return this.db.transaction(async (m) => {
      const { decision, list } = await this.lock(m, decisionId, true);
      this.checkVersion(list, dto.expectedVersion);
      const waiting = await this.waiting(m, decision.id);
      const byId = new Map(waiting.map((s) => [s.id, s]));
      const named = new Set(dto.speakerIds);
      const wrong = dto.speakerIds.filter((id, i) => !byId.has(id) || dto.speakerIds.indexOf(id) !== i);
      const missing = waiting.filter((s) => !named.has(s.id)).map((s) => s.id);
      if (wrong.length || missing.length)
        throw SPEAKER_ERRORS.NOT_WAITING.error(
          `${wrong.length} id(s) are not waiting entries of this list or are named twice; ${missing.length} waiting entr(y/ies) are not named`,
          { notWaiting: wrong, missing },
        );
      const ordered = dto.speakerIds.map((id) => byId.get(id)!);
      await this.renumber(m, ordered);
      const version = await this.bump(m, list);
      await this.audit.append(m, actor, {
        entityType: 'decision',
        entityId: decision.id,
        event: 'SPEAKERS_MOVED',
        fromState: decision.workflow.state,
        toState: decision.workflow.state,
        version: decision.workflow.version,
        data: { order: ordered.map((s) => s.speakerName), listVersion: version },
      });
      return this.view(m, decision, list, actor);
    });
  }

  /** Which of the Employers and Workers speaks first, and the speaking time: a swap reorders the waiting by category. */
  async settings(decisionId: string, actor: Actor, dto: SpeakerSettingsDto): Promise<SpeakerListView> {
    return this.db.transaction(async (m) => {
      const { decision, list } = await this.lock(m, decisionId, true);
      this.checkVersion(list, dto.expectedVersion);
      if (list.employersFirst !== dto.employersFirst) await this.renumber(m, byCategory(await this.waiting(m, decision.id), dto.employersFirst));
      list.employersFirst = dto.employersFirst;
      list.speakingTimeSeconds = dto.speakingTimeSeconds;
      await m.query('UPDATE speaker_lists SET employers_first = $2, speaking_time_seconds = $3 WHERE decision_id = $1', [
        decision.id,
        list.employersFirst,
        list.speakingTimeSeconds,
      ]);
      const version = await this.bump(m, list);
      await this.audit.append(m, actor, {
        entityType: 'decision',
        entityId: decision.id,
        event: 'SPEAKER_SETTINGS_CHANGED',
        fromState: decision.workflow.state,
        toState: decision.workflow.state,
        version: decision.workflow.version,
        data: { employersFirst: list.employersFirst, speakingTimeSeconds: list.speakingTimeSeconds, listVersion: version },
      });
      return this.view(m, decision, list, actor);
    });
  }

  /** What a speaker's guards weigh: who else has the floor on the list, and whether the item is still open. */
  async facts(m: EntityManager, decision: Decision, exceptId: string | null): Promise<SpeakerFacts> {
    const [holder] = (await m.query(`SELECT speaker_name FROM speakers WHERE decision_id = $1 AND state = 'speaking' AND id IS DISTINCT FROM $2::uuid`, [
      decision.id,
      exceptId,
    ])) as { speaker_name: string }[];
    return { floorHeldBy: holder?.speaker_name ?? null, itemClosed: DECISION_CLOSED.includes(decision.workflow.state), itemState: decision.workflow.state };
  }

  async view(m: EntityManager, d: Decision, list: SpeakerList | null, actor: Actor): Promise<SpeakerListView> {
    const rows = await m.getRepository(Speaker).find({ where: { decisionId: d.id }, relations: { requester: true, group: true }, order: { position: 'ASC' } });
    const facts = await this.facts(m, d, null);
    const reader = toWorkflowActor(actor);
    const view = (s: Speaker, position: number | null): SpeakerView => ({
      id: s.id,
      decisionId: s.decisionId,
      speakerName: s.speakerName,
      category: s.category,
      groupCode: s.groupCode,
      groupName: s.group?.name ?? null,
      country: s.country,
      state: s.workflow.state,
      version: s.workflow.version,
      position,
      // Who put the entry on the list is the secretariat's and the Chair's to know; others see for whom it speaks.
      requestedBy: actor.role === 'secretariat' || actor.role === 'chair' ? (s.requester?.name ?? null) : null,
      mine: s.requestedBy === actor.id,
      requestedAt: s.requestedAt.toISOString(),
      floorGivenAt: s.floorGivenAt?.toISOString() ?? null,
      floorClosedAt: s.floorClosedAt?.toISOString() ?? null,
      statementId: s.statementId,
      allowedEvents: Object.keys(allowedEventParameters(speakerWorkflow, persisted(s.workflow), reader, facts)),
    });
    const inState = (state: string) => rows.filter((s) => s.workflow.state === state);
    const when = (s: Speaker) => s.floorGivenAt?.getTime() ?? 0;
    const speaking = inState('speaking')[0];
    return {
      decisionId: d.id,
      employersFirst: list?.employersFirst ?? true,
      speakingTimeSeconds: list?.speakingTimeSeconds ?? null,
      version: list?.version ?? 0,
      speaking: speaking ? view(speaking, null) : null,
      waiting: inState('waiting').map((s, i) => view(s, i + 1)),
      spoke: inState('spoke')
        .sort((a, b) => when(a) - when(b))
        .map((s) => view(s, null)),
      withdrawn: inState('withdrawn').map((s) => view(s, null)),
      requestAs: DECISION_CLOSED.includes(d.workflow.state) ? [] : await this.requestAs(m, actor),
    };
  }

  /** What a reader asks the floor for from their own page: a member for their group, or their government; an observer as one. */
  async requestAs(m: EntityManager, actor: Actor): Promise<RequestAsView[]> {
    if (actor.role === 'observer') return [{ category: 'observer', groupCode: null, country: null }];
    if (actor.role !== 'member' || !actor.groupCode) return [];
    const group = await m.getRepository(Group).findOneBy({ code: actor.groupCode });
    const government = actor.country ? [{ category: 'government' as const, groupCode: actor.groupCode, country: actor.country }] : [];
    switch (group?.kind) {
      case 'employers':
        return [{ category: 'employers', groupCode: actor.groupCode, country: null }];
      case 'workers':
        return [{ category: 'workers', groupCode: actor.groupCode, country: null }];
      case 'regional':
        return [{ category: 'regional_group', groupCode: actor.groupCode, country: null }, ...government];
      default:
        return government;
    }
  }
}
