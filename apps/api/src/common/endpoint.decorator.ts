import { applyDecorators, type Type } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { ApiErrors, type ErrorRef } from './api-errors.decorator.js';

/** One decorator per route for its OpenAPI: what it does, what it answers (and its schema), and its error statuses. */
export const Endpoint = (o: {
  summary: string;
  description: string;
  ok?: string;
  type?: Type<unknown> | [Type<unknown>];
  created?: boolean;
  /** Its error statuses, and the codes of its own it may answer with (docs/errors.md). */
  errors: (number | ErrorRef)[];
}) => {
  const answer = { description: o.ok ?? (o.created ? 'Created' : 'OK'), ...(o.type ? { type: o.type } : {}) };
  return applyDecorators(
    ApiOperation({ summary: o.summary, description: o.description }),
    o.created ? ApiCreatedResponse(answer) : ApiOkResponse(answer),
    ApiErrors(...o.errors),
  );
};
