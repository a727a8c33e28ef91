import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { ApiErrors } from './api-errors.decorator.js';

/** One decorator per route for its OpenAPI: what it does, what it answers, and its error statuses. */
export const Endpoint = (o: { summary: string; description: string; ok?: string; errors: number[] }) =>
  applyDecorators(ApiOperation({ summary: o.summary, description: o.description }), ...(o.ok ? [ApiOkResponse({ description: o.ok })] : []), ApiErrors(...o.errors));
