import type { DomainErrorKind } from '@gbdw/common';
import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { AUTH_ERRORS } from './auth.errors.js';
import { HttpErrorBody, STATUS_OF_KIND } from './http-error.js';
import { GENERAL_ERRORS, REQUEST_ERRORS, SERVICE_ERRORS } from './request.errors.js';

/** A code a route may answer with: a catalogue entry, or a workflow guard's refusal. */
export interface ErrorRef {
  code: string;
  kind: DomainErrorKind;
}

const MEANING: Record<number, string> = {
  400: 'Invalid body or query: the fields are named in details',
  401: 'No token, or an unknown or disabled one',
  403: 'Not this role or group',
  404: 'No such resource',
  406: 'None of the formats asked for',
  409: 'Not allowed in the current state, or a stale version',
  413: 'Body larger than the limit',
  415: 'Wrong Content-Type',
  422: 'Understood but not acceptable (a quote not found, an unparseable document)',
  429: 'Too many writes; retry later',
  503: 'The database is unavailable',
};

const withKind = (refs: ErrorRef[], ...kinds: DomainErrorKind[]) => refs.filter((r) => kinds.includes(r.kind));
/** What any route listing a status may answer with, whatever it does. */
const GENERIC: Record<number, ErrorRef[]> = {
  400: withKind(Object.values(REQUEST_ERRORS), 'invalid'),
  401: withKind(Object.values(AUTH_ERRORS), 'unauthorized'),
  403: [AUTH_ERRORS.ROLE_FORBIDDEN],
  409: [REQUEST_ERRORS.CONCURRENT_UPDATE],
  413: [REQUEST_ERRORS.TOO_LARGE],
  415: [REQUEST_ERRORS.UNSUPPORTED_MEDIA_TYPE],
  429: [GENERAL_ERRORS.RATE_LIMITED],
  503: Object.values(SERVICE_ERRORS),
};

/**
 * Documents the error responses of a route: per status, the shared error body with the codes this
 * route may answer with (its own, given here, and those any route with that status may give).
 * A write (one that lists 429) may also meet the cross-site check of a cookie session.
 */
export function ApiErrors(...items: (number | ErrorRef)[]) {
  const own = items.filter((i): i is ErrorRef => typeof i !== 'number');
  const listed = items.filter((i): i is number => typeof i === 'number');
  // A write (it lists 429) may be sent a body, even one it does not read: any may be malformed, too large or of the wrong type.
  const write = listed.includes(429);
  const statuses = new Set([...listed, ...own.map((r) => STATUS_OF_KIND[r.kind]), ...(write ? [400, 413, 415] : []), 503]);
  // Any path may hold a broken %-escape: a route that reads no body or query answers that 400 alone.
  const onlyBadUrl = !statuses.has(400);
  statuses.add(400);
  return applyDecorators(
    ApiExtraModels(HttpErrorBody),
    ...[...statuses]
      .sort((a, b) => a - b)
      .map((status) => {
        const refs = [
          ...(status === 400 && onlyBadUrl ? [REQUEST_ERRORS.BAD_URL] : (GENERIC[status] ?? [])),
          ...(status === 403 && write ? [AUTH_ERRORS.CROSS_SITE_REQUEST] : []),
          ...own.filter((r) => STATUS_OF_KIND[r.kind] === status),
        ];
        const codes = [...new Set(refs.map((r) => r.code))].sort();
        return ApiResponse({
          status,
          description: `${MEANING[status] ?? 'Refused'}: ${codes.map((c) => `\`${c}\``).join(', ')}`,
          // JSON whatever the route's answer is (the text route gives txt, docx…).
          content: {
            'application/json': {
              schema: { allOf: [{ $ref: getSchemaPath(HttpErrorBody) }, { type: 'object', properties: { code: { type: 'string', enum: codes } } }] },
            },
          },
        });
      }),
  );
}
