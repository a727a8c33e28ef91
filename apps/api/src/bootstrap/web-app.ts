import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { errorBody } from '../common/domain-exception.filter.js';
import { ROUTE_ERRORS } from '../common/request.errors.js';

/** The web app beside the build this file runs from (dist/web for npm start, the tests' own folder for them); none from the sources. */
export const WEB_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../web');

/**
 * The web app from the same process and port: its files as they are, and every other GET a
 * browser makes for a page (Accept: text/html) answered with index.html, so deep links reload.
 * Page paths (/sign-in, /read/…, /workspace/…) are not API paths; an API client asking for an
 * unknown path still gets the JSON 404.
 */
export async function serveWebApp(app: NestFastifyApplication): Promise<void> {
  const index = path.join(WEB_ROOT, 'index.html');
  if (!fs.existsSync(index)) return;
  // Source maps stay out of what is served, even when a build made them.
  await app.register(fastifyStatic, {
    root: WEB_ROOT,
    prefix: '/',
    wildcard: false,
    index: ['index.html'],
    cacheControl: false,
    allowedPath: (file) => !file.endsWith('.map'),
    setHeaders: (res, file) => {
      // Hashed assets never change; index.html always revalidates.
      res.header('cache-control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/*', (req, reply) => {
    if (!/\btext\/html\b/.test(String(req.headers.accept ?? ''))) {
      return reply
        .status(404)
        .type('application/json; charset=utf-8')
        .send(errorBody(ROUTE_ERRORS.NOT_FOUND, `No route GET ${req.url.split('?')[0]}`));
    }
    return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').sendFile('index.html');
  });
}
