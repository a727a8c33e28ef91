import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { CreateStatementDto } from '../statements/dto/statement.dto.js';
import { strictValidationPipe } from './validation.pipe.js';

const pipe = strictValidationPipe();
const DECISION = 'd3b07384-d9a0-4c9f-8b1a-9c3f6f0e2a11';
const refusal = (body: unknown) =>
  pipe.transform(body, { type: 'body', metatype: CreateStatementDto }).then(
    () => null,
    (e: { details?: unknown }) => e.details,
  );

describe('a refused body names, for each field, the rule it breaks', () => {
  it('so that a client can say it in its reader’s language, beside the field', async () => {
    const details = await refusal({ target: { type: 'decision', id: DECISION }, body: 'x'.repeat(20_001), stance: 'maybe', extra: 1 });
    expect(details).toEqual({
      fields: {
        body: [expect.any(String)],
        stance: [expect.any(String)],
        extra: ['property extra should not exist'],
      },
      rules: { body: 'maxLength', stance: 'isIn', extra: 'whitelistValidation' },
    });
  });

  it('for a nested field too, by its path', async () => {
    const details = (await refusal({ target: { type: 'motion', id: DECISION }, body: 'Support.' })) as { rules: Record<string, string> };
    expect(details.rules).toEqual({ 'target.type': 'isIn' });
  });
});
