import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { type FastifyReply, LogController } from 'fastify';
import { AppModule } from '../app.module.js';
import { errorBody } from '../common/domain-exception.filter.js';
import { READ_METHODS } from '../common/read-methods.js';
import { REQUEST_ERRORS, ROUTE_ERRORS } from '../common/request.errors.js';
import { strictValidationPipe } from '../common/validation.pipe.js';
import type { AppConfig } from '../config/app-config.js';
import { ReadCache } from '../events/read-cache.service.js';
import { FastifyNestLogger } from './fastify-nest-logger.js';
import { parseJsonBodies } from './json-body.js';
import { serveOpenApi } from './openapi.js';
import { DOCS_CSP, SECURITY_HEADER_LIST } from './security-headers.js';
import { serveWebApp } from './web-app.js';

// A caller's X-Request-Id is kept only when it is a UUID; anything else gets one of ours.
const REQUEST_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The routes that take text, with the one type each takes; every other write takes JSON. */
const TEXT_ROUTES = new Map([
  ['/documents/import', 'text/plain'],
  ['/documents/:id/versions/:lang', 'text/plain'],
  ['/members/import', 'text/csv'],
]);

/** Builds the whole application; main.ts and the e2e tests share it, so tests run the real thing. */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    // Only the proxies named (TRUST_PROXY): otherwise any client could claim another address, and another rate-limit key.
    trustProxy: config.trustProxy,
    // Fastify's pino logs every request line with its requestId; Nest's own logs join it.
    logger: { level: config.logLevel, redact: ['req.headers.authorization', 'req.headers.cookie'] },
    // Request lines are info: above that level they are not even considered, per request.
    logController: new LogController({
      requestIdLogLabel: 'requestId',
      disableRequestLogging: ['trace', 'debug', 'info'].includes(config.logLevel) ? (req) => req.url === '/health' : true,
    }),
    // Paths Fastify cannot route (a broken %-escape, a part past maxParamLength): our error JSON and headers, no echo of the path.
    frameworkErrors: (error: { code?: string }, _req: unknown, reply: FastifyReply) => {
      for (const [name, value] of SECURITY_HEADER_LIST) reply.raw.setHeader(name, value);
      const badUrl = error.code === 'FST_ERR_BAD_URL';
      const body = badUrl
        ? errorBody(REQUEST_ERRORS.BAD_URL, 'The path holds a % that does not begin a valid escape')
        : errorBody(ROUTE_ERRORS.NOT_FOUND, 'No route: a part of the path is longer than any this API takes');
      void reply.code(body.statusCode).type('application/json; charset=utf-8').send(body);
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
  parseJsonBodies(fastify);
  // A list of participants comes as CSV: read as text, parsed by the import.
  fastify.addContentTypeParser('text/csv', { parseAs: 'string' }, (_req, body, done) => done(null, body));
  // A body of the wrong kind is named as such (415), not judged by the rules of the other kind.
  fastify.addHook('preValidation', async (req) => {
    if (READ_METHODS.has(req.method) || req.body === undefined || req.body === null) return;
    const type = String(req.headers['content-type'] ?? 'none');
    const text = TEXT_ROUTES.get(req.routeOptions.url ?? '');
    if (text) {
      if (!type.toLowerCase().startsWith(text)) throw REQUEST_ERRORS.UNSUPPORTED_MEDIA_TYPE.error(`Send it as Content-Type: ${text} (this was ${type})`);
    } else if (!/^application\/json\b/i.test(type)) {
      throw REQUEST_ERRORS.UNSUPPORTED_MEDIA_TYPE.error(`Send a JSON body with Content-Type: application/json (this was ${type})`);
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

  serveOpenApi(app);
  return app;
}
