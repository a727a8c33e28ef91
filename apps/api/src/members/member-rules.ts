import type { ErrorDef } from '@gbdw/common';
import type { Role } from '@gbdw/workflow';
import { GOVERNMENT_KINDS, type GroupKind } from '../database/entities/group.entity.js';
import type { Standing } from '../database/entities/principal.entity.js';
import { MEMBER_ERRORS } from './member.errors.js';

/** What a principal is, as far as the rules of membership go. */
export interface MemberShape {
  role: Role;
  groupCode: string | null;
  country: string | null;
  standing: Standing | null;
}

export interface MemberProblem {
  field: 'groupCode' | 'country' | 'standing';
  error: ErrorDef;
  message: string;
}

/**
 * The rules every way of making or editing a principal keeps (one form, PATCH, CSV import):
 * a member belongs to exactly one known group and nobody else does; only a government group's
 * member has a country (it lets them move amendments in a government's name); only members have
 * a standing. `kind` is the group's kind, or undefined when no group has that code.
 */
export function memberProblems(p: MemberShape, kind: GroupKind | undefined): MemberProblem[] {
  const problems: MemberProblem[] = [];
  if (p.role === 'member' && !p.groupCode)
    problems.push({ field: 'groupCode', error: MEMBER_ERRORS.GROUP_REQUIRED, message: 'required for a member: the code of their group' });
  if (p.role !== 'member' && p.groupCode)
    problems.push({ field: 'groupCode', error: MEMBER_ERRORS.GROUP_NOT_ALLOWED, message: `only members belong to a group, not a ${p.role}` });
  if (p.groupCode && p.role === 'member' && !kind)
    problems.push({ field: 'groupCode', error: MEMBER_ERRORS.UNKNOWN_GROUP, message: `no group has the code ${p.groupCode}` });
  if (p.country && !(kind && p.role === 'member' && GOVERNMENT_KINDS.includes(kind)))
    problems.push({
      field: 'country',
      error: MEMBER_ERRORS.COUNTRY_NOT_ALLOWED,
      message: `only a member of the Government group or a regional group has a country${p.groupCode && kind ? `, not a member of ${p.groupCode}` : ''}`,
    });
  if (p.standing && p.role !== 'member')
    problems.push({ field: 'standing', error: MEMBER_ERRORS.STANDING_NOT_ALLOWED, message: `only members are titular, deputy or advisers, not a ${p.role}` });
  return problems;
}
