import { type SpeakerCategory, speakerWorkflow, start, WORKFLOW_ERRORS } from '@gbdw/workflow';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../common/actor.js';
import { findOrFail } from '../common/find-or-fail.js';
import { Group, type GroupKind } from '../database/entities/group.entity.js';
import { Speaker } from '../database/entities/speaker.entity.js';
import { workflowColumns } from '../database/entities/workflow-columns.js';
import { WorkflowRunner } from '../workflow/workflow-runner.service.js';
import { type RequestFloorDto, SPEAKERS_PER_LIST, type SpeakerEventDto } from './dto/speaker.dto.js';
import type { SpeakerListView } from './dto/speaker.view.js';
import { SPEAKER_ERRORS } from './speaker.errors.js';
import { SpeakerListService } from './speaker-list.service.js';
import { placeOfRequest } from './speaker-order.js';

/** The group kinds that may speak in each category (the Office and observers name no group). */
const KINDS: Record<SpeakerCategory, readonly GroupKind[]> = {
  office: [],
  employers: ['employers'],
  workers: ['workers'],
  regional_group: ['regional', 'government'],
  government: ['government', 'regional'],
  observer: [],
};

/** Whether a waiting entry already stands for what a new request would: the same government, group, or observer asking. */
function repeats(w: Speaker, entry: { category: SpeakerCategory; groupCode: string | null; country: string | null }, actor: Actor): boolean {
  if (entry.category === 'government') return w.category === 'government' && w.country === entry.country;
  if (entry.category === 'office' || entry.category === 'observer') return actor.role !== 'secretariat' && w.requestedBy === actor.id;
  return w.category === entry.category && w.groupCode === entry.groupCode;
}

/** Requests for the floor, and the Chair giving and closing it: each entry a workflow on its item's list. */
@Injectable()
export class SpeakerRequestsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly lists: SpeakerListService,
    private readonly runner: WorkflowRunner,
    private readonly audit: AuditService,
  ) {}

  async request(decisionId: string, actor: Actor, dto: RequestFloorDto): Promise<SpeakerListView> {
    return this.db.transaction(async (m) => {
      const { decision, list } = await this.lists.lock(m, decisionId, false);
      // Not yours (403) before closed (409): reloading would not help the first.
      const entry = await this.entryFor(m, decision.id, actor, dto);
      this.lists.refuseClosed(decision);
      const waiting = await this.lists.waiting(m, decision.id);
      // One waiting entry per government (through whichever group), per group, and per observer or delegate asking for
      // themselves: a second request is a repeat, not a second speaker. Only the secretariat adds several of the Office or observers.
      const same = waiting.find((w) => repeats(w, entry, actor));
      if (same)
        throw SPEAKER_ERRORS.ALREADY_WAITING.error(`${same.speakerName} is already waiting to speak for the same ${entry.country ? 'government' : 'group'}`, {
          id: same.id,
        });
      // Those who spoke or withdrew do not count: no one can fill the list for good by asking and withdrawing.
      if (waiting.length >= SPEAKERS_PER_LIST)
        throw SPEAKER_ERRORS.LIST_FULL.error(`${waiting.length} speakers are waiting, the most one item's list holds`, { limit: SPEAKERS_PER_LIST });
      const total = await m.getRepository(Speaker).countBy({ decisionId: decision.id });
      const repo = m.getRepository(Speaker);
      const saved = await repo.save(
        repo.create({
          decisionId: decision.id,
          speakerName: dto.speakerName.trim(),
          ...entry,
          position: total + 1,
          requestedBy: actor.id,
          workflow: workflowColumns(
            start(speakerWorkflow, { requesterId: actor.id, groupCode: entry.groupCode, category: entry.category, country: entry.country }),
          ),
        }),
      );
      const at = placeOfRequest(waiting, entry.category, list.employersFirst);
      await this.lists.renumber(m, [...waiting.slice(0, at), saved, ...waiting.slice(at)]);
      const listVersion = await this.lists.bump(m, list);
      await this.audit.append(m, actor, {
        entityType: 'speaker',
        entityId: saved.id,
        event: 'FLOOR_REQUESTED',
        toState: 'waiting',
        version: 1,
        data: { decisionId: decision.id, speakerName: saved.speakerName, ...entry, place: at + 1, listVersion },
      });
      return this.lists.view(m, decision, list, actor);
    });
  }

  /** The entry's category, group, country and linked statement, by the rules of who may ask for what (docs/speakers.md). */
  private async entryFor(m: EntityManager, decisionId: string, actor: Actor, dto: RequestFloorDto) {
    const category = dto.category;
    if (actor.role === 'chair' || (actor.role === 'observer' && category !== 'observer'))
      throw SPEAKER_ERRORS.NOT_YOURS_TO_ASK.error(
        actor.role === 'chair' ? 'The Chair gives the floor and does not ask for it' : 'An observer asks for the floor as an observer',
      );
    const member = actor.role === 'member';
    const groupCode = dto.groupCode ?? (member && category !== 'office' && category !== 'observer' ? actor.groupCode : null);
    const country = dto.country ?? (member && category === 'government' ? actor.country : null);
    // A member asks for exactly what their own page offers them: their group, or their own government.
    if (
      member &&
      !(await this.lists.requestAs(m, actor)).some(
        (r) => r.category === category && r.groupCode === groupCode && (category !== 'government' || r.country === country),
      )
    )
      throw SPEAKER_ERRORS.NOT_YOUR_GROUP.error(
        category === 'government' && actor.country
          ? `A delegate of ${actor.country} asks for the floor for ${actor.country} only`
          : `A member of ${actor.groupCode} asks for the floor for ${actor.groupCode}${actor.country ? ` or ${actor.country}` : ''} only, as their page offers`,
      );
    const kinds = KINDS[category];
    if (kinds.length === 0 && groupCode !== null) throw SPEAKER_ERRORS.GROUP_MISMATCH.error(`An entry for the ${category} names no group`, { groupCode });
    if (kinds.length > 0) {
      if (groupCode === null) throw SPEAKER_ERRORS.GROUP_MISMATCH.error(`An entry for ${category.replace('_', ' ')} names the group spoken for (groupCode)`);
      const group = await m.getRepository(Group).findOneBy({ code: groupCode });
      if (!group) throw SPEAKER_ERRORS.UNKNOWN_GROUP.error(`No group ${groupCode}`, { groupCode });
      if (!kinds.includes(group.kind))
        throw SPEAKER_ERRORS.GROUP_MISMATCH.error(`${group.name} (${group.kind}) does not speak as ${category.replace('_', ' ')}`, { groupCode });
    }
    if ((category === 'government') !== (country !== null))
      throw SPEAKER_ERRORS.COUNTRY_MISMATCH.error(
        category === 'government' ? 'A government’s entry names its country' : `An entry for ${category.replace('_', ' ')} names no country`,
      );
    const statementId = dto.statementId ?? null;
    if (statementId) await this.checkStatement(m, decisionId, statementId, groupCode, country);
    return { category, groupCode, country, statementId };
  }

  /**
   * A linked statement is one the group spoken for gave (for a government's entry, one of that government's delegates)
   * on this item: its decision, a clause or amendment of it, its document or a paragraph of the document.
   */
  private async checkStatement(m: EntityManager, decisionId: string, statementId: string, groupCode: string | null, country: string | null): Promise<void> {
    const [row] = (await m.query(
      `SELECT s.group_code, p.country,
              (s.target_type = 'decision' AND s.target_id = d.id::text)
           OR (s.target_type = 'clause' AND EXISTS (SELECT 1 FROM clauses c WHERE c.id::text = s.target_id AND c.decision_id = d.id))
           OR (s.target_type = 'amendment' AND EXISTS (SELECT 1 FROM amendments a WHERE a.id::text = s.target_id AND a.decision_id = d.id))
           OR (s.target_type = 'document' AND s.target_id = d.document_id::text)
           OR (s.target_type = 'paragraph' AND s.target_id LIKE d.document_id::text || ':%') AS on_item
         FROM statements s JOIN principals p ON p.id = s.author_id, decisions d
        WHERE s.id = $1 AND d.id = $2`,
      [statementId, decisionId],
    )) as { group_code: string; country: string | null; on_item: boolean }[];
    const why = !row
      ? `No statement ${statementId}`
      : groupCode === null || row.group_code !== groupCode
        ? `The statement was given by ${row.group_code}, not by the group the entry speaks for`
        : country !== null && row.country !== country
          ? `The statement was given by another government than ${country}`
          : !row.on_item
            ? 'The statement was made on another item'
            : null;
    if (why) throw SPEAKER_ERRORS.STATEMENT_NOT_LINKABLE.error(why, { statementId });
  }

  /** GIVE_FLOOR, CLOSE_FLOOR, WITHDRAW: the list locked first (its version bumped), then the entry through its workflow. */
  async event(id: string, actor: Actor, dto: SpeakerEventDto): Promise<SpeakerListView> {
    const found = await findOrFail(this.db.manager, Speaker, id, WORKFLOW_ERRORS.speaker.NOT_FOUND, 'entry on the list of speakers');
    return this.db.transaction(async (m) => {
      const { decision, list } = await this.lists.lock(m, found.decisionId, false);
      const at = new Date();
      const result = await this.runner.transition(m, {
        entity: 'speaker',
        id,
        expectedVersion: dto.expectedVersion,
        actor,
        type: dto.type,
        facts: () => this.lists.facts(m, decision, id),
        audit: { decisionId: decision.id, speakerName: found.speakerName },
      });
      if (result.to === 'speaking') await m.getRepository(Speaker).update({ id }, { floorGivenAt: at });
      if (result.to === 'spoke') await m.getRepository(Speaker).update({ id }, { floorClosedAt: at });
      // Those left waiting close ranks.
      if (result.from === 'waiting') await this.lists.renumber(m, await this.lists.waiting(m, decision.id));
      await this.lists.bump(m, list);
      return this.lists.view(m, decision, list, actor);
    });
  }
}
