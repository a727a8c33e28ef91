import { defineErrors } from '@gbdw/common';

export const STATEMENT_ERRORS = defineErrors('STATEMENT', {
  BAD_CURSOR: ['invalid', 'The cursor is not one this API gave.'],
  BAD_IDEMPOTENCY_KEY: ['invalid', 'Idempotency-Key must be 1–200 visible ASCII characters.'],
  IDEMPOTENCY_KEY_REUSED: ['unprocessable', 'The Idempotency-Key was used before with another body.'],
  TARGET_AMBIGUOUS: ['unprocessable', 'The target names more than one object: use its id.'],
  TARGET_NOT_FOUND: ['unprocessable', 'The statement is about something that does not exist.'],
});
