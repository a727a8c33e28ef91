import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The one error body every failure has. */
export class HttpErrorBody {
  @ApiProperty({ example: 409 }) statusCode: number;
  @ApiProperty({ example: 'DECISION.INVALID_TRANSITION' }) code: string;
  @ApiProperty({ example: 'ADOPT is not allowed in state drafting' }) message: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true }) details?: Record<string, unknown>;
}

export const STATUS_OF_KIND = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  not_acceptable: 406,
  conflict: 409,
  too_large: 413,
  unsupported_media: 415,
  unprocessable: 422,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
} as const;
