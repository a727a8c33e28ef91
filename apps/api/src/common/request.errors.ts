import { defineErrors } from '@gbdw/common';

/** What is wrong with a request before any feature reads it: its URL, headers, body or pace. */
export const REQUEST_ERRORS = defineErrors('REQUEST', {
  VALIDATION_FAILED: ['invalid', 'One or more fields are invalid; details.fields names each with what is wrong.'],
  INVALID: ['invalid', 'The request is not one this API can read.'],
  MALFORMED_JSON: ['invalid', 'The body is not valid JSON.'],
  EMPTY_BODY: ['invalid', 'The body is empty but Content-Type says JSON.'],
  INVALID_CONTENT_LENGTH: ['invalid', 'Content-Length does not match the body.'],
  INVALID_VALUE: ['invalid', 'A value is out of range or malformed (the database refused it).'],
  BAD_URL: ['invalid', 'The path holds a % that does not begin a valid escape.'],
  TOO_DEEP: ['invalid', 'The JSON body nests deeper than any body of this API.'],
  TOO_MANY_FIELDS: ['invalid', 'An object in the JSON body has more fields than any body of this API.'],
  TOO_MANY_VALUES: ['invalid', 'The JSON body holds more values than any body of this API.'],
  TOO_LARGE: ['too_large', 'The body is larger than the limit.'],
  UNSUPPORTED_MEDIA_TYPE: ['unsupported_media', 'The body is not in the Content-Type this route reads.'],
  NOT_ACCEPTABLE: ['not_acceptable', 'None of the formats named in Accept is one this route gives.'],
  DUPLICATE: ['conflict', 'That already exists.'],
  CONCURRENT_UPDATE: ['conflict', 'A concurrent change won: reload and retry.'],
  REFERENCE_NOT_FOUND: ['unprocessable', 'The request refers to something that does not exist.'],
});

export const ROUTE_ERRORS = defineErrors('ROUTE', {
  NOT_FOUND: ['not_found', 'No route at this path.'],
  METHOD_NOT_ALLOWED: ['method_not_allowed', 'The route does not take this method.'],
});

export const SERVICE_ERRORS = defineErrors('SERVICE', {
  DATABASE_UNAVAILABLE: ['unavailable', 'The database is unavailable; retry shortly (Retry-After says when).'],
  BUSY: ['unavailable', 'What the request changes is busy with other requests; retry shortly.'],
});

/** The two codes older than the catalogue's prefixes, kept as clients know them. */
export const GENERAL_ERRORS = defineErrors('', {
  RATE_LIMITED: ['rate_limited', 'More writes in a minute than one principal may make; retry after the time given.'],
  INTERNAL: ['internal', 'A failure of the service, logged with the request id; never caused by what a client sends.'],
});
