import type { Role } from '@gbdw/workflow';
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { PUBLIC_KEY, ROLES_KEY } from '../common/access.decorators.js';
import { ACTOR_KEY, type Actor } from '../common/actor.js';
import { AUTH_ERRORS } from '../common/auth.errors.js';
import { RateLimiterService } from '../common/rate-limit/rate-limiter.service.js';
import { READ_METHODS } from '../common/read-methods.js';
import { type AuthenticatedPrincipal, PrincipalsService } from '../members/principals.service.js';
import { SESSION_COOKIE, SignInService } from './sign-in.service.js';

// The scheme is case-insensitive (RFC 9110); a token is 16 to 200 token68 characters (ours: gbdw_ and 43 more).
const BEARER = /^Bearer\s+(\S+)$/i;
const TOKEN = /^[A-Za-z0-9_\-.~+/]{16,200}=*$/;
/** The header the web app sends with every change (see SignInController). */
export const CSRF_HEADER = 'gbdw-web';

/** Every route needs a bearer token unless @Public(); @Roles() narrows who may call it; writes are rate-limited. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly principals: PrincipalsService,
    private readonly rateLimiter: RateLimiterService,
    private readonly sessions: SignInService,
  ) {}

  /** Each route's access rules, read from its decorators once rather than on every request. */
  private readonly access = new WeakMap<object, WeakMap<object, { public: boolean; roles?: Role[] }>>();

  private accessOf(ctx: ExecutionContext) {
    const [handler, controller] = [ctx.getHandler(), ctx.getClass()];
    let byHandler = this.access.get(controller);
    if (!byHandler) {
      byHandler = new WeakMap();
      this.access.set(controller, byHandler);
    }
    let rules = byHandler.get(handler);
    if (!rules) {
      const targets = [handler, controller];
      rules = {
        public: !!this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets),
        roles: this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets),
      };
      byHandler.set(handler, rules);
    }
    return rules;
  }

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const { public: open, roles } = this.accessOf(ctx);
    if (open) return true;
    const req = ctx.switchToHttp().getRequest<FastifyRequest & { [ACTOR_KEY]?: Actor }>();
    const principal = await this.principal(req);
    const actor: Actor = {
      id: principal.id,
      name: principal.name,
      role: principal.role,
      groupCode: principal.groupCode,
      country: principal.country,
      requestId: String(req.id),
      ...(principal.sessionId ? { sessionId: principal.sessionId } : {}),
      ...(principal.apiTokenId ? { apiTokenId: principal.apiTokenId } : {}),
    };
    req[ACTOR_KEY] = actor;
    if (roles && !roles.includes(actor.role)) {
      throw AUTH_ERRORS.ROLE_FORBIDDEN.error(`This needs the role ${roles.join(' or ')}; you are ${actor.role}`, {
        allowedRoles: roles,
      });
    }
    if (!READ_METHODS.has(req.method)) this.rateLimiter.hit(actor.id);
    return true;
  }

  /** A bearer token (API clients), else the browser's session cookie; writes by cookie must carry the web app's header. */
  private async principal(req: FastifyRequest): Promise<AuthenticatedPrincipal & { sessionId?: string; apiTokenId?: string | null }> {
    const header = req.headers.authorization;
    const cookie = req.cookies?.[SESSION_COOKIE];
    if (!header && cookie) {
      const session = await this.sessions.authenticate(cookie);
      if (!session) throw AUTH_ERRORS.SESSION_ENDED.error('Your session has ended: sign in again');
      // A cross-site form can send the cookie but not this header.
      if (!READ_METHODS.has(req.method) && req.headers['x-requested-with'] !== CSRF_HEADER) {
        throw AUTH_ERRORS.CROSS_SITE_REQUEST.error(`A change made with the session cookie must carry X-Requested-With: ${CSRF_HEADER}`);
      }
      return session;
    }
    if (!header) throw AUTH_ERRORS.MISSING_TOKEN.error('Send Authorization: Bearer <token>, with the token you were given, or sign in');
    const match = BEARER.exec(header);
    if (!match) throw AUTH_ERRORS.MALFORMED_AUTHORIZATION.error('The Authorization header must read "Bearer <token>"');
    if (!TOKEN.test(match[1]))
      throw AUTH_ERRORS.INVALID_TOKEN.error(
        'That is not a token this service gives: tokens look like gbdw_ followed by 43 letters, digits, - or _ (sign in with the one you were given)',
      );
    const principal = await this.principals.authenticate(match[1]);
    if (!principal) throw AUTH_ERRORS.INVALID_TOKEN.error('The token is unknown, or its principal was disabled: ask the secretariat for a new one');
    return principal;
  }
}
