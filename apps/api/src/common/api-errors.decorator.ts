import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { HttpErrorBody } from './http-error.js';

const MEANING: Record<number, string> = {
  400: 'Invalid body or query: the fields are named in details',
  401: 'No token, or an unknown or disabled one',
  403: 'Not this role or group',
  404: 'No such resource',
  409: 'Not allowed in the current state, or a stale version',
  413: 'Body larger than the limit',
  415: 'Wrong Content-Type',
  422: 'Understood but not acceptable (a quote not found, an unparseable document)',
  429: 'Too many writes; retry later',
  503: 'The database is unavailable',
};

/** Documents the error responses of a route with the shared error body. */
export const ApiErrors = (...statuses: number[]) =>
  applyDecorators(...[...statuses, 503].map((status) => ApiResponse({ status, description: MEANING[status], type: HttpErrorBody })));
