import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../../../../libs/common/src/index.js';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../common/actor.js';
import { Group } from '../groups/group.entity.js';
import { Principal, type Role } from './principal.entity.js';
import { hashToken, newToken } from './token.js';

export interface NewPrincipal {
  name: string;
  role: Role;
  groupCode?: string | null;
  country?: string | null;
  demo?: boolean;
}

export type IssuedPrincipal = Principal & { token: string };

@Injectable()
export class PrincipalsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The active principal holding this token, or null. */
  async authenticate(token: string): Promise<Principal | null> {
    const principal = await this.db.getRepository(Principal).findOne({ where: { tokenHash: hashToken(token) } });
    return principal && !principal.disabledAt ? principal : null;
  }

  async create(actor: Actor | null, input: NewPrincipal): Promise<IssuedPrincipal> {
    return this.db.transaction((m) => this.createIn(m, actor, input));
  }

  async createIn(m: EntityManager, actor: Actor | null, input: NewPrincipal, token = newToken()): Promise<IssuedPrincipal> {
    const groupCode = input.groupCode ?? null;
    if (input.role === 'member' && !groupCode) {
      throw new DomainError('invalid', 'MEMBER.GROUP_REQUIRED', 'A member belongs to exactly one group: give groupCode', {
        fields: { groupCode: ['required for role member'] },
      });
    }
    if (input.role !== 'member' && groupCode) {
      throw new DomainError('invalid', 'MEMBER.GROUP_NOT_ALLOWED', `Only members belong to a group, not a ${input.role}`, {
        fields: { groupCode: [`not allowed for role ${input.role}`] },
      });
    }
    if (groupCode && !(await m.getRepository(Group).existsBy({ code: groupCode }))) {
      throw new DomainError('unprocessable', 'MEMBER.UNKNOWN_GROUP', `No group with code ${groupCode}`, { groupCode });
    }
    const saved = await m.getRepository(Principal).save(
      m.getRepository(Principal).create({
        name: input.name,
        role: input.role,
        groupCode,
        country: input.country ?? null,
        demo: input.demo ?? false,
        tokenHash: hashToken(token),
      }),
    );
    await this.audit.append(m, actor, {
      entityType: 'principal',
      entityId: saved.id,
      event: 'PRINCIPAL_CREATED',
      data: { role: saved.role, groupCode: saved.groupCode, name: saved.name },
    });
    return Object.assign(saved, { token });
  }

  /** BOOTSTRAP_TOKEN names a secretariat principal; created once, found by its hash after. */
  async ensureBootstrap(token: string): Promise<void> {
    await this.db.transaction(async (m) => {
      const exists = await m.getRepository(Principal).existsBy({ tokenHash: hashToken(token) });
      if (!exists) await this.createIn(m, null, { name: 'Bootstrap secretariat', role: 'secretariat' }, token);
    });
  }
}
