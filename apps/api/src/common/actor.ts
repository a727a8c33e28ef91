import type { Role } from '@gbdw/workflow';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';

/** The authenticated caller of one request, as every service sees it. */
export interface Actor {
  id: string;
  name: string;
  role: Role;
  groupCode: string | null;
  country: string | null;
  requestId: string;
  /** Set when the request came with a browser session cookie rather than a bearer token. */
  sessionId?: string;
  /** Set when the request came with an API token the person made: it makes no other way in (no token, passkey or session). */
  apiTokenId?: string;
}

export const ACTOR_KEY = 'actor';

export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  return ctx.switchToHttp().getRequest()[ACTOR_KEY];
});
