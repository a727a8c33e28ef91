import 'reflect-metadata';
import { DomainError } from '@gbdw/common';
import { describe, expect, it, jest } from '@jest/globals';
import { HttpException, ServiceUnavailableException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { DomainExceptionFilter } from './domain-exception.filter.js';

function answer(e: unknown) {
  const sent: { status?: number; body?: unknown } = {};
  const reply = {
    sent: false,
    header: () => reply,
    status: (s: number) => {
      sent.status = s;
      return reply;
    },
    type: () => reply,
    send: (b: unknown) => {
      sent.body = b;
      return reply;
    },
  };
  const host = { switchToHttp: () => ({ getResponse: () => reply, getRequest: () => ({ log: { error: jest.fn() } }) }) };
  new DomainExceptionFilter().catch(e, host as never);
  return sent;
}

const dbError = (code: string) => new QueryFailedError('SELECT secret FROM t', [], Object.assign(new Error('boom at line 1'), { code }));

describe('the exception filter', () => {
  it('maps a domain error to its kind and code', () => {
    expect(answer(new DomainError('conflict', 'X.Y', 'no'))).toEqual({ status: 409, body: { statusCode: 409, code: 'X.Y', message: 'no' } });
  });
  it.each([
    ['23505', 409, 'REQUEST.DUPLICATE'],
    ['23503', 422, 'REQUEST.REFERENCE_NOT_FOUND'],
    ['22P02', 400, 'REQUEST.INVALID_VALUE'],
    ['40001', 409, 'REQUEST.CONCURRENT_UPDATE'],
    ['57P01', 503, 'SERVICE.DATABASE_UNAVAILABLE'],
    ['XX000', 500, 'INTERNAL'],
  ])('SQLSTATE %s → %d %s, with no SQL or driver text', (code, status, name) => {
    const { body } = answer(dbError(code));
    expect(body).toMatchObject({ statusCode: status, code: name });
    expect(JSON.stringify(body)).not.toMatch(/SELECT|boom/);
  });
  it('never answers more than 64 KB: over it, the code and a cut message, no details', () => {
    const { body } = answer(new DomainError('unprocessable', 'X.BIG', 'm'.repeat(70_000), { echo: 'e'.repeat(70_000) }));
    expect(body).toEqual({ statusCode: 422, code: 'X.BIG', message: `${'m'.repeat(1_000)}…`, details: { truncated: true } });
    expect(answer(new DomainError('unprocessable', 'X.SMALL', 'm', { echo: 'e'.repeat(60_000) })).body).toMatchObject({
      details: { echo: 'e'.repeat(60_000) },
    });
  });
  it.each([
    [new ServiceUnavailableException('database down'), 503, 'SERVICE.DATABASE_UNAVAILABLE'],
    [new HttpException('gone', 410), 400, 'REQUEST.INVALID'],
    [new HttpException('bad gateway', 502), 500, 'INTERNAL'],
    [new HttpException('not found', 404), 404, 'ROUTE.NOT_FOUND'],
    [new HttpException('slow down', 429), 429, 'RATE_LIMITED'],
  ])('a framework error %s keeps one status per code: %d %s', (e, status, code) => {
    expect(answer(e)).toMatchObject({ status, body: { statusCode: status, code } });
  });
  it('hides anything else behind a 500', () => {
    expect(answer(new TypeError('x is undefined')).body).toEqual({ statusCode: 500, code: 'INTERNAL', message: 'Internal error' });
  });
});
