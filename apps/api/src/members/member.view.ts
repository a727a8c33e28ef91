import { ROLES, type Role } from '@gbdw/workflow';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MAIL_LANGUAGES, type MailLanguage, type Principal, STANDINGS, type Standing } from '../database/entities/principal.entity.js';

export class MeView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiPropertyOptional({ type: String, nullable: true }) groupCode: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) country: string | null;
}

/** Who this browser's session names, if anyone: asked without a 401 before anyone has signed in. */
export class SessionStateView {
  @ApiProperty({ type: MeView, nullable: true }) principal: MeView | null;
}

export class MemberView extends MeView {
  @ApiProperty({ type: String, nullable: true, enum: STANDINGS, description: 'A member’s standing: only titular members vote' }) standing: Standing | null;
  @ApiProperty({ type: String, nullable: true, description: 'Where invitations and sign-in links go' }) email: string | null;
  @ApiProperty({ enum: MAIL_LANGUAGES, description: 'The language of their mails' }) language: MailLanguage;
  @ApiProperty({ type: String, nullable: true, description: 'When the latest invitation was sent; null: not invited yet' }) invitedAt: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty({ type: String, nullable: true, description: 'When its token and sessions stopped working; null while active' }) disabledAt: string | null;
}

export class MemberCreatedView extends MemberView {
  @ApiProperty({ description: 'Bearer token; shown once' }) token: string;
}

export const toMemberView = (p: Principal) => ({
  id: p.id,
  name: p.name,
  role: p.role,
  groupCode: p.groupCode,
  country: p.country,
  standing: p.standing,
  email: p.email,
  language: p.language,
  invitedAt: p.invitedAt?.toISOString() ?? null,
  createdAt: p.createdAt.toISOString(),
  disabledAt: p.disabledAt?.toISOString() ?? null,
});

export class MembersImportedView {
  @ApiProperty() created: number;
  @ApiProperty() updated: number;
  @ApiProperty({ description: 'Lines that matched a registered person exactly' }) unchanged: number;
}
