import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import negotiate from '@fastify/accept-negotiator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fresh from 'fresh';

const gzipAsync = promisify(gzip);

/** A read's answer serialized once, with the ETag of its content (and, once asked for, its gzip). */
export interface CachedJson {
  body: string;
  etag: string;
  gzipped?: Promise<Buffer>;
}

/** A strong ETag from the content's own hash: equal content, equal tag, on every instance. */
export const contentEtag = (body: string | Buffer) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

/** The gzip is another representation of the same content: a strong ETag of its own (RFC 9110 8.8.1). */
const gzipEtag = (etag: string) => `${etag.slice(0, -1)}-gzip"`;

/** What a cached answer holds in memory, its gzip counted at its most (as large as the body). */
export const cachedJsonBytes = (json: CachedJson) => 2 * json.body.length;

export function toCachedJson(value: unknown): CachedJson {
  const body = JSON.stringify(value);
  return { body, etag: contentEtag(body) };
}

/** 304 when the client's If-None-Match names this representation (weak, listed or `*`, per RFC 9110). */
export function notModified(req: FastifyRequest, etag: string): boolean {
  return fresh(req.headers, { etag });
}

/**
 * 304 when the client holds this content already, else the JSON as serialized once — compressed
 * once too, off the event loop, for clients that accept gzip (every browser): a list of 200
 * amendments is ~0.4 MB of repetitive JSON, sent to every screen after every event.
 */
export async function sendCachedJson(req: FastifyRequest, reply: FastifyReply, json: CachedJson): Promise<FastifyReply> {
  // Content codings are case-insensitive (RFC 9110 8.4.1).
  const zipped = negotiate(String(req.headers['accept-encoding'] ?? 'identity').toLowerCase(), ['gzip', 'identity']) === 'gzip';
  const etag = zipped ? gzipEtag(json.etag) : json.etag;
  reply.header('etag', etag).header('cache-control', 'private, no-cache').header('vary', 'accept-encoding');
  if (notModified(req, etag)) return reply.status(304).send();
  reply.status(200).type('application/json; charset=utf-8');
  if (!zipped) return reply.send(json.body);
  json.gzipped ??= gzipAsync(json.body);
  return reply.header('content-encoding', 'gzip').send(await json.gzipped);
}
