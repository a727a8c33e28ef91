import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { allErrorCodes } from '../app-errors.js';

/** The OpenAPI document at /docs-json (and its UI at /docs), from the controllers' decorators. */
export function serveOpenApi(app: NestFastifyApplication): void {
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
  SwaggerModule.setup('docs', app, () => withErrorCodes(withPublicRoutes(SwaggerModule.createDocument(app, openapi))), { jsonDocumentUrl: 'docs-json' });
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

/** Every code an error body may carry, as the schema ErrorCode (docs/errors.md says what each means). */
function withErrorCodes(doc: OpenAPIObject): OpenAPIObject {
  doc.components ??= {};
  doc.components.schemas ??= {};
  const schemas = doc.components.schemas;
  schemas.ErrorCode = { type: 'string', enum: allErrorCodes(), description: 'See docs/errors.md' };
  const body = schemas.HttpErrorBody as { properties: Record<string, unknown> };
  body.properties.code = { $ref: '#/components/schemas/ErrorCode' };
  return doc;
}
