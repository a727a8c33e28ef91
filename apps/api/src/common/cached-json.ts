import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** A read's answer serialized once, with the ETag of its content (and, once asked for, its gzip). */
export interface CachedJson {
  body: string;
  etag: string;
  gzipped?: Buffer;
}

/** A strong ETag from the content's own hash: equal content, equal tag, on every instance. */
export const contentEtag = (body: string | Buffer) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

/** What a cached answer holds in memory, its gzip counted at its most (as large as the body). */
export const cachedJsonBytes = (json: CachedJson) => 2 * json.body.length;

export function toCachedJson(value: unknown): CachedJson {
  const body = JSON.stringify(value);
  return { body, etag: contentEtag(body) };
}

/**
 * 304 when the client holds this content already, else the JSON as serialized once — compressed
 * once too for clients that accept gzip (every browser): a list of 200 amendments is ~0.4 MB of
 * repetitive JSON, sent to every screen after every event.
 */
export function sendCachedJson(req: FastifyRequest, reply: FastifyReply, json: CachedJson): FastifyReply {
  reply.header('etag', json.etag).header('cache-control', 'private, no-cache').header('vary', 'accept-encoding');
  if (req.headers['if-none-match'] === json.etag) return reply.status(304).send();
  reply.status(200).type('application/json; charset=utf-8');
  if (!/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) return reply.send(json.body);
  json.gzipped ??= gzipSync(json.body);
  return reply.header('content-encoding', 'gzip').send(json.gzipped);
}
