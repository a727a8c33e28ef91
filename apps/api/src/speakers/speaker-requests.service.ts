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
      const entry = await this.entryFor(m, actor, dto);
      this.lists.refuseClosed(decision);
      const waiting = await this.lists.waiting(m, decision.id);
      // One waiting entry per group or government: a second request is a repeat, not a second speaker.
      const same = waiting.find(
        (w) =>
          w.category === entry.category &&
          entry.category !== 'office' &&
          entry.category !== 'observer' &&
          w.groupCode === entry.groupCode &&
          w.country === entry.country,
      );
      if (same)
        throw SPEAKER_ERRORS.ALREADY_WAITING.error(`${same.speakerName} is already waiting to speak for the same ${entry.country ? 'government' : 'group'}`, {
          id: same.id,
        });
      const total = await m.getRepository(Speaker).countBy({ decisionId: decision.id });
      if (total >= SPEAKERS_PER_LIST)
        throw SPEAKER_ERRORS.LIST_FULL.error(`The list holds ${total} entries, the most one item's list may`, { limit: SPEAKERS_PER_LIST });
      const repo = m.getRepository(Speaker);
      const saved = await repo.save(
        repo.create({
          decisionId: decision.id,
          speakerName: dto.speakerName.trim(),
          ...entry,
          position: total + 1,
          requestedBy: actor.id,
          workflow: workflowColumns(start(speakerWorkflow, { requesterId: actor.id, groupCode: entry.groupCode, category: entry.category })),
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
  private async entryFor(m: EntityManager, actor: Actor, dto: RequestFloorDto) {
    const category = dto.category;
    if (actor.role === 'chair' || (actor.role === 'observer' && category !== 'observer'))
      throw SPEAKER_ERRORS.NOT_YOURS_TO_ASK.error(
        actor.role === 'chair' ? 'The Chair gives the floor and does not ask for it' : 'An observer asks for the floor as an observer',
      );
    const member = actor.role === 'member';
    const groupCode = dto.groupCode ?? (member && category !== 'office' && category !== 'observer' ? actor.groupCode : null);
    const country = dto.country ?? (member && category === 'government' ? actor.country : null);
    if (member) {
      if (category === 'office' || category === 'observer' || groupCode !== actor.groupCode)
        throw SPEAKER_ERRORS.NOT_YOUR_GROUP.error(`A member of ${actor.groupCode} asks for the floor for ${actor.groupCode} or their own government only`);
      if (category === 'government' && (!actor.country || country !== actor.country))
        throw SPEAKER_ERRORS.NOT_YOUR_GROUP.error(
          actor.country
            ? `A delegate of ${actor.country} asks for the floor for ${actor.country} only`
            : 'You have no country on record: ask for the floor for your group',
        );
    }
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
    if (statementId) await this.checkStatement(m, statementId, groupCode);
    return { category, groupCode, country, statementId };
  }

  /** A linked statement is one the group spoken for gave (the Office's and observers' entries link none). */
  private async checkStatement(m: EntityManager, statementId: string, groupCode: string | null): Promise<void> {
    const [row] = (await m.query('SELECT group_code FROM statements WHERE id = $1', [statementId])) as { group_code: string }[];
    if (!row || groupCode === null || row.group_code !== groupCode)
      throw SPEAKER_ERRORS.STATEMENT_NOT_LINKABLE.error(
        row ? `The statement was given by ${row.group_code}, not by the group the entry speaks for` : `No statement ${statementId}`,
        { statementId },
      );
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
