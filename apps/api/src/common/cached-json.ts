import { createHash } from 'node:crypto';
import type { FastifyReply } from 'fastify';

/** A read's answer serialized once, with the ETag of its content. */
export interface CachedJson {
  body: string;
  etag: string;
}

/** A strong ETag from the content's own hash: equal content, equal tag, on every instance. */
export const contentEtag = (body: string | Buffer) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

export function toCachedJson(value: unknown): CachedJson {
  const body = JSON.stringify(value);
  return { body, etag: contentEtag(body) };
}

/** 304 when the client holds this content already, else the JSON as serialized once. */
export function sendCachedJson(reply: FastifyReply, json: CachedJson, ifNoneMatch: string | undefined): FastifyReply {
  reply.header('etag', json.etag).header('cache-control', 'private, no-cache');
  if (ifNoneMatch === json.etag) return reply.status(304).send();
  return reply.status(200).type('application/json; charset=utf-8').send(json.body);
}
