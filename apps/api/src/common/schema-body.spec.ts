import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { ValidateBy } from 'class-validator';
import fc from 'fast-check';
import { CreateStatementDto } from '../statements/dto/statement.dto.js';
import { compileBodySchema } from './schema-body.decorator.js';
import { strictValidationPipe } from './validation.pipe.js';

const schemaAccepts = compileBodySchema(CreateStatementDto);
const pipe = strictValidationPipe();
/** What class-validator says of a body: the fields it names, or [] when it accepts. */
const classValidatorRefuses = (body: unknown) =>
  pipe.transform(body, { type: 'body', metatype: CreateStatementDto }).then(
    () => [],
    (e: { details?: { fields?: Record<string, string[]> } }) => Object.keys(e.details?.fields ?? { '?': [] }),
  );

const DECISION = 'd3b07384-d9a0-4c9f-8b1a-9c3f6f0e2a11';
const good = { target: { type: 'decision', id: DECISION }, body: 'The Workers support the draft decision as it stands.', stance: 'support' };

describe('the schema-checked body of POST /statements', () => {
  it.each([
    ['a statement with a stance', good],
    ['without a stance', { target: good.target, body: good.body }],
    ['on a paragraph by its natural key', { ...good, target: { type: 'paragraph', id: 'GB.335/POL/1(Rev.):18' } }],
    ['with line breaks between paragraphs of prose', { ...good, body: 'First.\nSecond.\r\nThird.' }],
    ['in French, with an apostrophe and a non-breaking space', { ...good, body: 'Le groupe des travailleurs soutient le projet de décision\u00a0: l’OIT.' }],
    ['of exactly 20,000 characters', { ...good, body: 'a'.repeat(20_000) }],
  ])('passes %s, as class-validator does', async (_, body) => {
    expect(schemaAccepts(body)).toBe(true);
    expect(await classValidatorRefuses(body)).toEqual([]);
  });

  it.each([
    ['no target', { body: good.body }, 'target'],
    ['a target that is a string', { ...good, target: DECISION }, 'target'],
    ['a target that is an empty list', { ...good, target: [] }, 'target'],
    ['a target of an unknown type', { ...good, target: { type: 'motion', id: DECISION } }, 'target.type'],
    ['a target id with a line break', { ...good, target: { type: 'decision', id: `${DECISION}\n` } }, 'target.id'],
    ['a target id of 201 characters', { ...good, target: { type: 'decision', id: 'x'.repeat(201) } }, 'target.id'],
    ['a stray field in the target', { ...good, target: { ...good.target, group: 'EMP' } }, 'target.group'],
    ['no body', { target: good.target }, 'body'],
    ['a body that is a number', { ...good, body: 42 }, 'body'],
    ['a body of only spaces', { ...good, body: ' \u00a0 ' }, 'body'],
    ['a body with a NUL', { ...good, body: 'The Workers\u0000 support it.' }, 'body'],
    ['a body with a lone surrogate', { ...good, body: 'The Workers \ud800 support it.' }, 'body'],
    ['a body with a right-to-left override', { ...good, body: 'The Workers \u202e support it.' }, 'body'],
    ['a body of only a zero-width space', { ...good, body: '\u200b' }, 'body'],
    ['a body of 20,001 characters', { ...good, body: 'a'.repeat(20_001) }, 'body'],
    ['an unknown stance', { ...good, stance: 'maybe' }, 'stance'],
    ['a stray field (the group, which comes from the token)', { ...good, group: 'EMP' }, 'group'],
    ['an author of its own', { ...good, authorId: DECISION }, 'authorId'],
  ])('refuses %s, and class-validator names the field', async (_, body, field) => {
    expect(schemaAccepts(body)).toBe(false);
    expect(await classValidatorRefuses(body)).toContain(field);
  });

  it.each([
    ['null', null],
    ['an array', [good]],
    ['a string', JSON.stringify(good)],
  ])('refuses a body that is %s', async (_, body) => {
    expect(schemaAccepts(body)).toBe(false);
    expect(await classValidatorRefuses(body)).not.toEqual([]);
  });

  it('never passes a body that class-validator refuses (generated bodies)', async () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('', ' ', 'ok', 'a\nb', 'a\u0000b', '(b) x', 'x'.repeat(201)));
    const target = fc.oneof(
      fc.record({ type: fc.constantFrom('decision', 'clause', 'paragraph', 'plan_point', 'motion', ''), id: text }, { requiredKeys: [] }),
      fc.record({ type: fc.constant('decision'), id: text, extra: fc.anything() }),
      fc.anything(),
    );
    const body = fc.oneof(
      fc.record(
        { target, body: text, stance: fc.oneof(fc.constantFrom('support', 'oppose', 'reservation', 'neutral', 'maybe'), fc.anything()) },
        { requiredKeys: [] },
      ),
      fc.record({ target, body: text, extra: fc.anything() }),
      fc.anything(),
    );
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        const refused = await classValidatorRefuses(b);
        if (schemaAccepts(b)) expect(refused).toEqual([]);
        // The other way the schema may be stricter (a null stance), never on a plain good body.
        else if (refused.length === 0 && typeof b === 'object' && b && !('stance' in b && (b as { stance: unknown }).stance === null))
          throw new Error(`the schema refuses what class-validator passes: ${JSON.stringify(b)}`);
      }),
      { numRuns: 3000 },
    );
  });

  it("compiles whatever rules other DTOs use: only the DTO's own classes are converted", () => {
    class ElsewhereWithOwnRule {
      @ValidateBy({ name: 'isAgendaItem', validator: { validate: () => false } })
      item: string;
    }
    expect(ElsewhereWithOwnRule).toBeDefined();
    expect(compileBodySchema(CreateStatementDto)(good)).toBe(true);
  });

  it('will not compile a DTO whose rule has no JSON Schema (it must not pass unchecked)', () => {
    class WithOwnRule {
      @ValidateBy({ name: 'isMotion', validator: { validate: () => false } })
      motion: string;
    }
    expect(() => compileBodySchema(WithOwnRule)).toThrow('WithOwnRule.motion: the rule isMotion has no JSON Schema');
  });
});
