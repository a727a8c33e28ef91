import { type EntityManager, In } from 'typeorm';
import { Speaker } from '../database/entities/speaker.entity.js';
import type { OutcomeSpeakerView } from './dto/document.view.js';

/** Who took the floor on these decisions, in the order they spoke, by decision: one query whatever their number. */
export async function outcomeSpeakers(m: EntityManager, decisionIds: string[]): Promise<Map<string, OutcomeSpeakerView[]>> {
  const rows = decisionIds.length
    ? await m.getRepository(Speaker).find({
        where: { decisionId: In(decisionIds), workflow: { state: In(['speaking', 'spoke']) } },
        order: { floorGivenAt: 'ASC', id: 'ASC' },
      })
    : [];
  const out = new Map<string, OutcomeSpeakerView[]>(decisionIds.map((id) => [id, []]));
  for (const s of rows)
    out.get(s.decisionId)?.push({
      speakerName: s.speakerName,
      category: s.category,
      groupCode: s.groupCode,
      country: s.country,
      floorGivenAt: s.floorGivenAt!.toISOString(),
      floorClosedAt: s.floorClosedAt?.toISOString() ?? null,
      statementId: s.statementId,
    });
  return out;
}
