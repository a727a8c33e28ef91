import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import { type DataSource, IsNull, Not } from 'typeorm';
import { refuseApiToken } from '../api-tokens/api-token.errors.js';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../common/actor.js';
import { isUuid } from '../common/find-or-fail.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { Passkey } from '../database/entities/passkey.entity.js';
import type { ChallengePurpose } from '../database/entities/webauthn-challenge.entity.js';
import { pgPool } from '../database/pool.js';
import type { AuthenticatedPrincipal } from '../members/principals.service.js';
import { type SignInRequest, SignInService } from '../sign-in/sign-in.service.js';
import type { CredentialResponseDto, PasskeyView } from './dto/passkey.dto.js';
import { PASSKEY_ERRORS } from './passkey.errors.js';

/** Loaded at the first passkey request: its ~150 modules (ASN.1, X.509) would add a fifth of a second to every start. */
const webauthn = () => import('@simplewebauthn/server');

/** Long enough to find one's phone and unlock it; every challenge is answered once or never. */
const CHALLENGE_MS = 5 * 60_000;
const RP_NAME = 'GB Decision Workflow';

const toView = (p: Passkey): PasskeyView => ({ id: p.id, name: p.name, createdAt: p.createdAt.toISOString(), lastUsedAt: p.lastUsedAt?.toISOString() ?? null });
/** The WebAuthn user handle: the principal's id as its 16 bytes. */
const userHandle = (principalId: string) => Buffer.from(principalId.replaceAll('-', ''), 'hex');

/** The challenge the browser signed, read from its client data (the library checks the rest); null if unreadable. */
function challengeOf(credential: CredentialResponseDto): string | null {
  try {
    const data = JSON.parse(Buffer.from(String(credential.response.clientDataJSON), 'base64url').toString('utf8')) as { challenge?: unknown };
    return typeof data.challenge === 'string' && data.challenge.length <= 100 ? data.challenge : null;
  } catch {
    return null;
  }
}

/**
 * Passkeys (WebAuthn): registered by a person already signed in, then used to sign in without a token.
 * Challenges live in the database, so any instance checks the answer to another's options; each is
 * deleted by the request that answers it (single use), and only for the purpose and person it was made for.
 */
@Injectable()
export class PasskeysService {
  private readonly rpID: string;
  private readonly origin: string;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly audit: AuditService,
    private readonly signIn: SignInService,
  ) {
    const url = new URL(config.publicUrl);
    this.rpID = url.hostname;
    this.origin = url.origin;
  }

  mine(actor: Actor): Promise<PasskeyView[]> {
    return this.db
      .getRepository(Passkey)
      .find({ where: { principalId: actor.id }, order: { createdAt: 'DESC' } })
      .then((rows) => rows.map(toView));
  }

  async registrationOptions(actor: Actor): Promise<Record<string, unknown>> {
    refuseApiToken(actor, 'register a passkey');
    const existing = await this.db.getRepository(Passkey).find({ where: { principalId: actor.id }, select: { credentialId: true, transports: true } });
    const options = await (await webauthn()).generateRegistrationOptions({
      rpName: RP_NAME,
      rpID: this.rpID,
      userName: actor.name,
      userDisplayName: actor.name,
      userID: userHandle(actor.id),
      timeout: CHALLENGE_MS,
      attestationType: 'none',
      excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: p.transports })),
      // Discoverable, so that signing in asks for no name (and tells no one who has an account).
      authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
    });
    await this.remember(options.challenge, 'registration', actor.id);
    return { ...options };
  }

  async register(actor: Actor, credential: CredentialResponseDto, name: string | undefined, device: string | null): Promise<PasskeyView> {
    refuseApiToken(actor, 'register a passkey');
    const challenge = challengeOf(credential);
    const refused = (why: string) => PASSKEY_ERRORS.REGISTRATION_REFUSED.error(`The passkey was not registered: ${why}`);
    if (!challenge || !(await this.consume(challenge, 'registration', actor.id)))
      throw refused('its challenge is unknown, used, expired, or was not given to you to register a passkey; ask for new options');
    const verification = await (await webauthn())
      .verifyRegistrationResponse({
        response: credential as unknown as RegistrationResponseJSON,
        expectedChallenge: challenge,
        expectedOrigin: this.origin,
        expectedRPID: this.rpID,
        requireUserVerification: true,
      })
      .catch((e: Error) => {
        throw refused(e.message);
      });
    if (!verification.verified) throw refused('the authenticator’s answer did not verify');
    const { credential: made } = verification.registrationInfo;
    return this.db.transaction(async (m) => {
      // One credential registered twice at once: the second waits for the first and is then told it is registered.
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`passkey:${made.id}`]);
      if (await m.getRepository(Passkey).existsBy({ credentialId: made.id }))
        throw PASSKEY_ERRORS.ALREADY_REGISTERED.error('This passkey is already registered');
      const row = await m.getRepository(Passkey).save(
        m.getRepository(Passkey).create({
          principalId: actor.id,
          credentialId: made.id,
          publicKey: Buffer.from(made.publicKey),
          counter: String(made.counter),
          transports: made.transports ?? [],
          name: name ?? device ?? 'Passkey',
          lastUsedAt: null,
        }),
      );
      await this.audit.append(m, actor, { entityType: 'passkey', entityId: row.id, event: 'PASSKEY_REGISTERED', data: { name: row.name } });
      return toView(row);
    });
  }

  async remove(actor: Actor, id: string): Promise<void> {
    await this.db.transaction(async (m) => {
      // TypeORM answers a DELETE … RETURNING with [rows, count].
      const [rows]: [{ id: string }[]] = isUuid(id)
        ? await m.query('DELETE FROM passkeys WHERE id = $1 AND principal_id = $2 RETURNING id', [id, actor.id])
        : [[]];
      if (!rows.length) throw PASSKEY_ERRORS.NOT_FOUND.error(`You have no passkey ${id}`);
      await this.audit.append(m, actor, { entityType: 'passkey', entityId: id, event: 'PASSKEY_REMOVED' });
    });
  }

  /** Options for a sign-in that names no one: the authenticator offers the passkeys it holds for this site. */
  async authenticationOptions(): Promise<Record<string, unknown>> {
    const options = await (await webauthn()).generateAuthenticationOptions({ rpID: this.rpID, userVerification: 'required', timeout: CHALLENGE_MS });
    await this.remember(options.challenge, 'authentication', null);
    return { ...options };
  }

  /** Checks the signed challenge against the registered key; a session as a token sign-in opens one. */
  async authenticate(credential: CredentialResponseDto, how: SignInRequest): Promise<{ secret: string; principal: AuthenticatedPrincipal; sessionId: string }> {
    const refused = () => PASSKEY_ERRORS.SIGN_IN_REFUSED.error('The passkey did not sign you in: ask for new options and try again');
    const challenge = challengeOf(credential);
    if (!challenge || !(await this.consume(challenge, 'authentication', null))) throw refused();
    const key = await this.db.getRepository(Passkey).findOne({
      where: { credentialId: credential.id, principal: { disabledAt: IsNull(), id: Not(IsNull()) } },
      relations: { principal: true },
    });
    const handle = credential.response.userHandle;
    if (!key?.principal || (handle !== undefined && handle !== userHandle(key.principalId).toString('base64url'))) throw refused();
    const verification = await (await webauthn())
      .verifyAuthenticationResponse({
        response: credential as unknown as AuthenticationResponseJSON,
        expectedChallenge: challenge,
        expectedOrigin: this.origin,
        expectedRPID: this.rpID,
        credential: { id: key.credentialId, publicKey: new Uint8Array(key.publicKey), counter: Number(key.counter), transports: key.transports },
        requireUserVerification: true,
      })
      .catch(() => {
        throw refused();
      });
    if (!verification.verified) throw refused();
    const p = key.principal;
    const principal: AuthenticatedPrincipal = { id: p.id, name: p.name, role: p.role, groupCode: p.groupCode, country: p.country };
    return this.db.transaction(async (m) => {
      await m.query('UPDATE passkeys SET counter = $2, last_used_at = now() WHERE id = $1', [key.id, verification.authenticationInfo.newCounter]);
      return this.signIn.openSession(m, principal, { ...how, method: 'passkey' });
    });
  }

  /** A new challenge kept for five minutes; the expired ones are swept as new ones come. */
  private async remember(challenge: string, purpose: ChallengePurpose, principalId: string | null): Promise<void> {
    await this.db.query('DELETE FROM webauthn_challenges WHERE expires_at < now()');
    await this.db.query(
      `INSERT INTO webauthn_challenges (challenge, purpose, principal_id, expires_at) VALUES ($1, $2, $3, now() + $4 * interval '1 millisecond')`,
      [challenge, purpose, principalId, CHALLENGE_MS],
    );
  }

  /** Takes the challenge out (whatever the answer turns out to be), if it is current and was made for this purpose and person. */
  private async consume(challenge: string, purpose: ChallengePurpose, principalId: string | null): Promise<boolean> {
    const { rows } = await pgPool(this.db).query(
      `DELETE FROM webauthn_challenges WHERE challenge = $1 AND purpose = $2 AND principal_id IS NOT DISTINCT FROM $3::uuid AND expires_at > now() RETURNING id`,
      [challenge, purpose, principalId],
    );
    return rows.length > 0;
  }
}
