import type { AdoptionMethod, RecordedVote } from '@gbdw/workflow';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { Principal } from '../database/entities/principal.entity.js';
import type { RollView } from './dto/roll.view.js';
import { VOTE_ERRORS } from './vote.errors.js';

type Called = { memberId: string; vote: RecordedVote['vote'] };

/** A government's seat is its country's, whoever of its titular delegates votes; the Employers' and Workers' seats are their members'. */
const seatOf = (p: Pick<Principal, 'id' | 'country'>) => (p.country ? `country:${p.country}` : `member:${p.id}`);

/**
 * Record votes (issue #23): only titular members vote, one vote per seat; the result is by the majority of
 * the votes cast (the outcome guards weigh the counts), and the vote is void unless the votes cast,
 * abstentions included, reach half the titular seats (docs/votes.md says why).
 */
@Injectable()
export class RecordVotesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private titular(m: EntityManager): Promise<Principal[]> {
    return m.getRepository(Principal).find({
      where: { role: 'member', standing: 'titular', disabledAt: IsNull() },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** The roll: one titular member per seat (a government's delegate registered first stands for it), by group and country, and the quorum. */
  async roll(m: EntityManager = this.db.manager): Promise<RollView> {
    const members = await this.titular(m);
    const seats = new Map<string, Principal>();
    for (const p of members) if (!seats.has(seatOf(p))) seats.set(seatOf(p), p);
    return {
      seats: [...seats.values()]
        .sort((a, b) => `${a.groupCode}${a.country ?? ''}${a.name}`.localeCompare(`${b.groupCode}${b.country ?? ''}${b.name}`))
        .map((p) => ({ memberId: p.id, name: p.name, groupCode: p.groupCode, country: p.country })),
      titularSeats: seats.size,
      quorum: Math.ceil(seats.size / 2),
    };
  }

  /** An outcome event's params with a record vote counted and named; any other method as sent. */
  async resolve(m: EntityManager, params: Record<string, unknown>): Promise<Record<string, unknown>> {
    const method = params.method as { kind?: string; votes?: Called[] } | undefined;
    if (method?.kind !== 'record') return params;
    // Each member by their own id as stored, however the client wrote the uuid.
    const votes = (method.votes ?? []).map((v) => ({ ...v, memberId: v.memberId.toLowerCase() }));
    const found = await m.getRepository(Principal).find({ where: { id: In(votes.map((v) => v.memberId)) } });
    const byId = new Map(found.map((p) => [p.id, p]));
    const notTitular = votes.filter((v) => {
      const p = byId.get(v.memberId);
      return p?.role !== 'member' || p.standing !== 'titular' || p.disabledAt !== null;
    });
    if (notTitular.length) {
      const named = notTitular.map((v) => {
        const p = byId.get(v.memberId);
        return p ? `${p.name} (${p.standing ?? p.role})` : v.memberId;
      });
      throw VOTE_ERRORS.NOT_TITULAR.error(`Only titular members vote, not ${named.join(', ')}`, { memberIds: notTitular.map((v) => v.memberId) });
    }
    const seen = new Set<string>();
    const twice = votes.filter((v) => {
      const seat = seatOf(byId.get(v.memberId)!);
      if (seen.has(seat)) return true;
      seen.add(seat);
      return false;
    });
    if (twice.length)
      throw VOTE_ERRORS.SEAT_TWICE.error(`${twice.map((v) => byId.get(v.memberId)!.name).join(', ')}: the seat is named twice on the roll`, {
        memberIds: twice.map((v) => v.memberId),
      });
    const { titularSeats, quorum } = await this.roll(m);
    if (votes.length < quorum)
      throw VOTE_ERRORS.NO_QUORUM.error(`${votes.length} vote(s) cast of ${titularSeats} titular seats: a record vote needs at least ${quorum}`, {
        cast: votes.length,
        titularSeats,
        quorum,
      });
    const count = (vote: Called['vote']) => votes.filter((v) => v.vote === vote).length;
    const recorded: AdoptionMethod = {
      kind: 'record',
      for: count('for'),
      against: count('against'),
      abstentions: count('abstain'),
      titularSeats,
      quorum,
      roll: votes.map((v) => {
        const p = byId.get(v.memberId)!;
        return { memberId: p.id, name: p.name, groupCode: p.groupCode, country: p.country, vote: v.vote };
      }),
    };
    return { ...params, method: recorded };
  }
}
