import { randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet, { type HelmetOptions } from 'helmet';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { type FastifyReply, LogController } from 'fastify';
import { DomainError } from '@gbdw/common';
import { AppModule } from '../app.module.js';
import { FastifyNestLogger } from './fastify-nest-logger.js';
import { strictValidationPipe } from '../common/validation.pipe.js';
import { READ_METHODS } from '../common/read-methods.js';
import type { AppConfig } from '../config/app-config.js';
import { ReadCache } from '../events/read-cache.service.js';

// A caller's X-Request-Id is kept only when it is a UUID; anything else gets one of ours.
const REQUEST_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Deeper JSON than any body of this API: refused before it is parsed, so no validator recurses into it. */
const MAX_JSON_DEPTH = 32;
/** More names in one object than any body of this API has (class-transformer's work grows with their square). */
const MAX_JSON_KEYS = 64;
/** More values in one body than any body of this API has (class-transformer walks every one before the validation refuses). */
const MAX_JSON_VALUES = 10_000;
/** The one route that takes text; every other write takes JSON. */
const TEXT_ROUTES = new Set(['/documents/import']);

/**
 * The headers of every answer: no page of ours runs a script it did not load from us, and none may be framed
 * (a frame on another port of the same host could dress our buttons as its own: SameSite does not stop it).
 */
const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  // Our stylesheets, and the one <style> react-aria's usePress adds (touch-action), allowed by its hash: a browser
  // test fails on any other (a CSP violation is a console error), so an upgrade that changes it is seen.
  styleSrc: ["'self'", "'sha256-38RhXrc7EdReTKsOm23ZPOCUgniTUUcjky8QOOrQx6o='"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  // Served over plain HTTP on a laptop as well as behind TLS: the upgrade is the proxy's to ask.
  upgradeInsecureRequests: null,
};
const SECURITY_HEADERS: HelmetOptions = {
  contentSecurityPolicy: { directives: CSP },
  xFrameOptions: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
};

/**
 * The headers helmet gives every answer, computed once by helmet itself: none depends on the request. Run per
 * request (as @fastify/helmet does) its middlewares cost ~50 µs an answer, halving the cached text route's rate.
 */
function helmetHeaders(options: HelmetOptions): [string, string][] {
  const headers = new Map<string, string>();
  const res = { setHeader: (name: string, value: unknown) => headers.set(name.toLowerCase(), String(value)), removeHeader: (name: string) => headers.delete(name.toLowerCase()) };
  let called = false;
  helmet(options)({} as never, res as never, () => (called = true));
  if (!called) throw new Error('helmet did not answer synchronously: its headers could not be computed once');
  return [...headers];
}
const SECURITY_HEADER_LIST = helmetHeaders(SECURITY_HEADERS);
/** Swagger UI's page carries its styles inline; its scripts are still files of ours. */
const DOCS_CSP = Object.entries({ ...CSP, styleSrc: ["'self'", "'unsafe-inline'"] })
  .filter(([, v]) => v !== null)
  .map(([k, v]) => `${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${(v as string[]).join(' ')}`)
  .join(';');

/** Builds the whole application; main.ts and the e2e tests share it, so tests run the real thing. */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    trustProxy: true,
    // Fastify's pino logs every request line with its requestId; Nest's own logs join it.
    logger: { level: config.logLevel, redact: ['req.headers.authorization', 'req.headers.cookie'] },
    // Request lines are info: above that level they are not even considered, per request.
    logController: new LogController({ requestIdLogLabel: 'requestId', disableRequestLogging: ['trace', 'debug', 'info'].includes(config.logLevel) ? (req) => req.url === '/health' : true }),
    // Paths Fastify cannot route (a broken %-escape, a part past maxParamLength): our error JSON and headers, no echo of the path.
    frameworkErrors: (error: { code?: string }, _req: unknown, reply: FastifyReply) => {
      for (const [name, value] of SECURITY_HEADER_LIST) reply.raw.setHeader(name, value);
      const badUrl = error.code === 'FST_ERR_BAD_URL';
      void reply
        .code(badUrl ? 400 : 404)
        .type('application/json; charset=utf-8')
        .send({ statusCode: badUrl ? 400 : 404, code: badUrl ? 'REQUEST.BAD_URL' : 'ROUTE.NOT_FOUND', message: badUrl ? 'The path holds a % that does not begin a valid escape' : 'No route: a part of the path is longer than any this API takes' });
    },
    // A caller's X-Request-Id is kept when it is sane, so a trace can cross services.
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given.toLowerCase() : randomUUID();
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, databaseUrl), adapter, {
    bufferLogs: true,
    // Fastify's own parsers stay (text/plain for imports); JSON gets ours, which refuses deep nesting.
    bodyParser: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  await app.register(fastifyCookie);
  fastify.addHook('onRequest', (_req, reply, done) => {
    // Set on the raw answer, as helmet would: a hijacked answer (the live stream) carries them too.
    for (const [name, value] of SECURITY_HEADER_LIST) reply.raw.setHeader(name, value);
    done();
  });
  await serveWebApp(app);
  // Nest's own logs go to Fastify's pino, beside the request lines (each with its requestId).
  app.useLogger(new FastifyNestLogger(fastify.log));
  app.useGlobalPipes(strictValidationPipe());
  app.enableShutdownHooks();
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    const shape = jsonShape(body as string);
    if (shape.depth > MAX_JSON_DEPTH) {
      done(new DomainError('invalid', 'REQUEST.TOO_DEEP', `The JSON body nests deeper than ${MAX_JSON_DEPTH} levels; no body of this API does`), undefined);
      return;
    }
    if (shape.keys > MAX_JSON_KEYS) {
      done(new DomainError('invalid', 'REQUEST.TOO_MANY_FIELDS', `An object in the JSON body has more than ${MAX_JSON_KEYS} fields; no body of this API has`), undefined);
      return;
    }
    if (shape.values > MAX_JSON_VALUES) {
      done(new DomainError('invalid', 'REQUEST.TOO_MANY_VALUES', `The JSON body holds more than ${MAX_JSON_VALUES} values; no body of this API does`), undefined);
      return;
    }
    parseJson(req, body as string, (err, value) => {
      const inherited = err ? [] : inheritedNames(value);
      if (!inherited.length) return done(err, err ? value : toNfc(value));
      const fields = Object.fromEntries(inherited.map((f) => [f, [`property ${f.split('.').pop()} should not exist`]]));
      done(new DomainError('invalid', 'REQUEST.VALIDATION_FAILED', `Invalid field(s): ${inherited.join(', ')}`, { fields }), undefined);
    });
  });
  // A body of the wrong kind is named as such (415), not judged by the rules of the other kind.
  fastify.addHook('preValidation', async (req) => {
    if (READ_METHODS.has(req.method) || req.body === undefined || req.body === null) return;
    const type = String(req.headers['content-type'] ?? 'none');
    if (TEXT_ROUTES.has(req.routeOptions.url ?? '')) {
      if (!/^text\/plain\b/i.test(type)) throw new DomainError('unsupported_media', 'REQUEST.UNSUPPORTED_MEDIA_TYPE', `Send the document as Content-Type: text/plain (this was ${type})`);
    } else if (!/^application\/json\b/i.test(type)) {
      throw new DomainError('unsupported_media', 'REQUEST.UNSUPPORTED_MEDIA_TYPE', `Send a JSON body with Content-Type: application/json (this was ${type})`);
    }
  });
  const reads = app.get(ReadCache);
  // A callback hook, not an async one: it runs on every answer, and a promise each costs.
  fastify.addHook('onSend', (req, reply, payload, done) => {
    reply.header('x-request-id', req.id);
    if (req.url.startsWith('/docs') && !req.url.startsWith('/docs-json')) reply.header('content-security-policy', DOCS_CSP);
    // A write has committed by the time its answer is sent: this instance's cached reads go
    // before the client can read again (other instances hear of it through NOTIFY). A refused
    // request changed nothing, so it leaves them (else anyone could keep every screen's list cold).
    if (!READ_METHODS.has(req.method) && reply.statusCode < 400) reads.invalidate();
    done(null, payload);
  });

  const openapi = new DocumentBuilder()
    .setTitle('GB Decision Workflow')
    .setDescription(
      'Documents, draft decisions, amendments, plan-point reviews and the final decision text of the ILO Governing Body. ' +
        'Errors are JSON {statusCode, code, message, details?}.',
    )
    .setVersion('0.1.0')
    .addServer('/', 'This server')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('docs', app, () => withPublicRoutes(SwaggerModule.createDocument(app, openapi)), { jsonDocumentUrl: 'docs-json' });
  return app;
}

/** Routes marked @Public() declare that they need no credentials (`security: []`); every other one the bearer token. */
function withPublicRoutes(doc: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(doc.paths)) {
    for (const op of Object.values(item) as { security?: Record<string, string[]>[]; 'x-public'?: boolean }[]) {
      if (typeof op !== 'object' || op === null || !('responses' in op)) continue;
      if (op['x-public']) op.security = [];
      else op.security ??= [{ bearer: [] }];
      delete op['x-public'];
    }
  }
  return doc;
}

/**
 * How deep arrays and objects nest in a JSON text, the most names one object has and how many
 * values it holds (strings skipped: a comma separates two values); stops counting past any limit.
 * One pass over the text, before it is parsed.
 */
function jsonShape(text: string): { depth: number; keys: number; values: number } {
  // Per open bracket: the names counted so far in that object, or -1 for an array.
  const open: number[] = [];
  let depth = 0;
  let keys = 0;
  let values = 1;
  let inString = false;
  for (let i = 0; i < text.length && depth <= MAX_JSON_DEPTH && keys <= MAX_JSON_KEYS && values <= MAX_JSON_VALUES; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      open.push(c === 123 ? 0 : -1);
      depth = Math.max(depth, open.length);
    } else if (c === 93 || c === 125) open.pop();
    else if (c === 58 && open.length && open[open.length - 1] >= 0) keys = Math.max(keys, ++open[open.length - 1]); // a colon ends a name
    else if (c === 44) values++;
  }
  return { depth, keys, values };
}

/** Every string of a body in NFC: texts are stored, quoted and compared in one normalization, so "é" typed either way is the same word. */
function toNfc(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(toNfc);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.normalize('NFC'), toNfc(v)]));
  return value;
}

/**
 * Names that objects inherit (constructor, toString, …): class-transformer skips them, so the
 * whitelist never sees them and they would pass as stray fields. No body of this API uses one.
 */
function inheritedNames(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => {
    const field = path ? `${path}.${k}` : k;
    return [...(!Array.isArray(value) && k in Object.prototype ? [field] : []), ...inheritedNames(v, field)];
  });
}

/** The web app beside the build this file runs from (dist/web for npm start, the tests' own folder for them); none from the sources. */
export const WEB_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../web');

/**
 * The web app from the same process and port: its files as they are, and every other GET a
 * browser makes for a page (Accept: text/html) answered with index.html, so deep links reload.
 * Page paths (/sign-in, /read/…, /workspace/…) are not API paths; an API client asking for an
 * unknown path still gets the JSON 404.
 */
async function serveWebApp(app: NestFastifyApplication): Promise<void> {
  const index = path.join(WEB_ROOT, 'index.html');
  if (!fs.existsSync(index)) return;
  // Source maps stay out of what is served, even when a build made them.
  await app.register(fastifyStatic, { root: WEB_ROOT, prefix: '/', wildcard: false, index: ['index.html'], cacheControl: false, allowedPath: (file) => !file.endsWith('.map'), setHeaders: (res, file) => {
    // Hashed assets never change; index.html always revalidates.
    res.header('cache-control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
  } });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/*', (req, reply) => {
    if (!/\btext\/html\b/.test(String(req.headers.accept ?? ''))) {
      return reply.status(404).type('application/json; charset=utf-8').send({ statusCode: 404, code: 'ROUTE.NOT_FOUND', message: `No route GET ${req.url.split('?')[0]}` });
    }
    return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').sendFile('index.html');
  });
}
