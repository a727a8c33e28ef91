import { randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { LogController } from 'fastify';
import { Logger } from 'nestjs-pino';
import { AppModule } from '../app.module.js';
import { strictValidationPipe } from '../common/validation.pipe.js';
import { READ_METHODS } from '../common/read-methods.js';
import type { AppConfig } from '../config/app-config.js';
import { DecisionTextService } from '../decisions/decision-text.service.js';

const REQUEST_ID = /^[A-Za-z0-9_\-:.]{1,100}$/;

/** Builds the whole application; main.ts and the e2e tests share it, so tests run the real thing. */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    trustProxy: true,
    // Fastify's pino logs every request line with its requestId; Nest's own logs join it.
    logger: { level: config.logLevel, redact: ['req.headers.authorization', 'req.headers.cookie'] },
    logController: new LogController({ requestIdLogLabel: 'requestId', disableRequestLogging: (req) => req.url === '/health' }),
    // A caller's X-Request-Id is kept when it is sane, so a trace can cross services.
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, databaseUrl), adapter, {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(strictValidationPipe());
  app.enableShutdownHooks();
  const fastify = app.getHttpAdapter().getInstance();
  const texts = app.get(DecisionTextService);
  fastify.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
    // A write has committed by the time its answer is sent: this instance's cached texts go
    // before the client can read again (other instances hear of it through NOTIFY).
    if (!READ_METHODS.has(req.method)) texts.invalidate();
  });

  const openapi = new DocumentBuilder()
    .setTitle('GB Decision Workflow')
    .setDescription(
      'Documents, draft decisions, amendments, plan-point reviews and the final decision text of the ILO Governing Body. ' +
        'Errors are JSON {statusCode, code, message, details?}.',
    )
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, openapi), { jsonDocumentUrl: 'docs-json' });
  return app;
}
