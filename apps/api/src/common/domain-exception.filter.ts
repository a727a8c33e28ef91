import { DomainError, type ErrorDef } from '@gbdw/common';
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { AUTH_ERRORS } from './auth.errors.js';
import { type HttpErrorBody, STATUS_OF_KIND } from './http-error.js';
import { GENERAL_ERRORS, REQUEST_ERRORS, ROUTE_ERRORS, SERVICE_ERRORS } from './request.errors.js';

// The framework's own refusals by status (503: /health's database check); any other 4xx it gives is told as
// REQUEST.INVALID, any other 5xx as INTERNAL, so each code keeps its one status.
const HTTP_CODES: Record<number, ErrorDef> = {
  400: REQUEST_ERRORS.INVALID,
  401: AUTH_ERRORS.UNAUTHENTICATED,
  403: AUTH_ERRORS.FORBIDDEN,
  404: ROUTE_ERRORS.NOT_FOUND,
  405: ROUTE_ERRORS.METHOD_NOT_ALLOWED,
  406: REQUEST_ERRORS.NOT_ACCEPTABLE,
  413: REQUEST_ERRORS.TOO_LARGE,
  415: REQUEST_ERRORS.UNSUPPORTED_MEDIA_TYPE,
  429: GENERAL_ERRORS.RATE_LIMITED,
  503: SERVICE_ERRORS.DATABASE_UNAVAILABLE,
};

/** The error body of a catalogue code: its status always the one its kind gives. */
export const errorBody = (def: ErrorDef, message: string): HttpErrorBody => ({ statusCode: STATUS_OF_KIND[def.kind], code: def.code, message });
const byStatus = (status: number, message: string) =>
  errorBody(HTTP_CODES[status] ?? (status >= 500 ? GENERAL_ERRORS.INTERNAL : REQUEST_ERRORS.INVALID), message);

// SQLSTATE classes that mean the database is away, not that the request was wrong.
const UNAVAILABLE_SQLSTATE = /^(08|53|57P0[1-3]|57014)/;
const UNAVAILABLE_ERRNO = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);

/**
 * Maps every failure to the error JSON of docs/errors.md. Only DomainError and HttpException
 * messages reach the client; anything else is logged and answered without detail.
 */
@Catch()
export class DomainExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const body = this.toBody(exception);
    if (body.statusCode >= 500 || exception instanceof QueryFailedError) {
      // The request's own logger, so the line carries its request id.
      const log = host.switchToHttp().getRequest<{ log?: { error: (o: object, m: string) => void } }>().log ?? null;
      const err = exception instanceof Error ? { err: exception } : { err: String(exception) };
      if (log) log.error(err, body.code);
      else this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    }
    if (reply.sent) return;
    if (body.statusCode === 503) reply.header('retry-after', '1');
    reply.status(body.statusCode).type('application/json; charset=utf-8').send(bounded(body));
  }

  private toBody(e: unknown): HttpErrorBody {
    if (e instanceof DomainError) {
      return { statusCode: STATUS_OF_KIND[e.kind], code: e.code, message: e.message, ...(e.details ? { details: e.details } : {}) };
    }
    if (e instanceof HttpException) {
      const status = e.getStatus();
      const res = e.getResponse();
      const message = typeof res === 'string' ? res : String((res as { message?: unknown }).message ?? e.message);
      if (status === 400 && /JSON/.test(message)) return errorBody(REQUEST_ERRORS.MALFORMED_JSON, 'Body is not valid JSON');
      return byStatus(status, message);
    }
    const fastify = fastifyError(e);
    if (fastify) return fastify;
    if (isDatabaseUnavailable(e)) {
      return errorBody(SERVICE_ERRORS.DATABASE_UNAVAILABLE, 'The database is unavailable; retry shortly');
    }
    const sqlstate = e instanceof QueryFailedError ? String((e.driverError as { code?: string })?.code ?? '') : '';
    if (sqlstate === '55P03') return errorBody(SERVICE_ERRORS.BUSY, 'What you asked to change is busy with other requests; retry shortly');
    if (sqlstate === '40001' || sqlstate === '40P01') {
      return errorBody(REQUEST_ERRORS.CONCURRENT_UPDATE, 'A concurrent change won; reload and retry');
    }
    // A value the validation let through but the database refused is still the request's fault.
    if (sqlstate === '23505') return errorBody(REQUEST_ERRORS.DUPLICATE, 'That already exists');
    if (sqlstate === '23503') return errorBody(REQUEST_ERRORS.REFERENCE_NOT_FOUND, 'The request refers to something that does not exist');
    if (sqlstate.startsWith('22')) return errorBody(REQUEST_ERRORS.INVALID_VALUE, 'A value in the request is out of range or malformed');
    return errorBody(GENERAL_ERRORS.INTERNAL, 'Internal error');
  }
}

/** No error answer is larger than this, whatever it names: a refusal costs no more to send than the request did. */
export const MAX_ERROR_BYTES = 64 * 1024;

/** The body as it is, or, over MAX_ERROR_BYTES, its code and a cut message without the details (the limit is a rule, not a hope). */
export function bounded(body: HttpErrorBody): HttpErrorBody {
  if (Buffer.byteLength(JSON.stringify(body)) <= MAX_ERROR_BYTES) return body;
  return { ...body, message: `${body.message.slice(0, 1_000)}${body.message.length > 1_000 ? '…' : ''}`, details: { truncated: true } };
}

/** Fastify's own errors (body parsing, size, content type) carry a statusCode and an FST_ code. */
function fastifyError(e: unknown): HttpErrorBody | null {
  const err = e as { statusCode?: number; code?: string; message?: string };
  if (typeof err?.statusCode !== 'number' || err.statusCode < 400 || err.statusCode >= 500) return null;
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return errorBody(REQUEST_ERRORS.TOO_LARGE, 'Request body is larger than the limit');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return errorBody(REQUEST_ERRORS.UNSUPPORTED_MEDIA_TYPE, 'Unsupported Content-Type');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return errorBody(REQUEST_ERRORS.EMPTY_BODY, 'Body is empty but Content-Type is application/json');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return errorBody(REQUEST_ERRORS.INVALID_CONTENT_LENGTH, 'Content-Length does not match the body');
    default:
      if (e instanceof SyntaxError || /JSON/i.test(err.message ?? '')) {
        return errorBody(REQUEST_ERRORS.MALFORMED_JSON, 'Body is not valid JSON');
      }
      return byStatus(err.statusCode, 'Bad request');
  }
}

export function isDatabaseUnavailable(e: unknown): boolean {
  const err = (e instanceof QueryFailedError ? e.driverError : e) as { code?: string; message?: string } | undefined;
  if (!err) return false;
  if (err.code && (UNAVAILABLE_SQLSTATE.test(err.code) || UNAVAILABLE_ERRNO.has(err.code))) return true;
  return /Connection terminated|timeout exceeded when trying to connect|Query read timeout|connection error|Client has encountered a connection error/i.test(
    err.message ?? '',
  );
}
