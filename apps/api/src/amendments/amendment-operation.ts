import { clauseText, insertedWords, type Language, parseInstruction, quoteOf, squeezeSpaces, type TextOperation, textProblems } from '@gbdw/drafting';
import { REQUEST_ERRORS } from '../common/request.errors.js';
import type { OperationDto } from './dto/amendment.dto.js';

export function invalid(fields: Record<string, string[]>): never {
  throw REQUEST_ERRORS.VALIDATION_FAILED.error(`Invalid field(s): ${Object.keys(fields).join(', ')}`, { fields });
}

/** The operation as stored: only the fields its kind uses; a 400 names what is missing or extra. */
function fromDto(dto: OperationDto): TextOperation {
  const need = (...fields: (keyof OperationDto)[]) => {
    const missing = fields.filter((f) => dto[f] === undefined);
    if (missing.length) invalid(Object.fromEntries(missing.map((f) => [`op.${f}`, [`required for ${dto.kind}`]])));
  };
  const extra = (...fields: (keyof OperationDto)[]) => {
    const given = (['after', 'before', 'at', 'find', 'with', 'text', 'occurrence'] as const).filter((f) => dto[f] !== undefined && !fields.includes(f));
    if (given.length) invalid(Object.fromEntries(given.map((f) => [`op.${f}`, [`not used by ${dto.kind}`]])));
  };
  const occ = dto.occurrence !== undefined ? { occurrence: dto.occurrence } : {};
  switch (dto.kind) {
    case 'insert':
      extra('after', 'before', 'at', 'text', 'occurrence');
      need('text');
      if ([dto.after, dto.before, dto.at].filter((x) => x !== undefined).length !== 1)
        invalid({ 'op.after': ['give exactly one of after, before or at: "end"'] });
      if (dto.at !== undefined) {
        if (dto.occurrence !== undefined) invalid({ 'op.occurrence': ['not used with at: "end"'] });
        return { kind: 'insert', at: 'end', text: dto.text! };
      }
      return { kind: 'insert', ...(dto.after !== undefined ? { after: dto.after } : { before: dto.before! }), text: dto.text!, ...occ };
    case 'replace':
      extra('find', 'with', 'occurrence');
      need('find', 'with');
      return { kind: 'replace', find: dto.find!, with: dto.with!, ...occ };
    case 'delete':
      extra('find', 'occurrence');
      need('find');
      return { kind: 'delete', find: dto.find!, ...occ };
    case 'replace_clause':
      extra('text');
      need('text');
      return { kind: 'replace_clause', text: dto.text! };
    case 'add_clause':
      extra('after', 'text');
      need('text');
      return { kind: 'add_clause', text: dto.text!, ...(dto.after !== undefined ? { after: dto.after } : {}) };
    default:
      extra();
      return { kind: 'delete_clause' };
  }
}

export interface OperationRequest {
  op?: OperationDto;
  instruction?: string;
  clause?: string;
}

/**
 * The operation a filing asks for, from `op` or from a written `instruction`, with its texts
 * as stored: quotes and words without the spaces at their ends; a clause's text (and words
 * that end a clause) without a trailing join, which the clause order gives back.
 */
export function requestedOperation(
  dto: OperationRequest,
  allowed: readonly TextOperation['kind'][],
  target: { text: string | null; isClause: boolean },
  lang: Language = 'en',
): { op: TextOperation; clause?: string } {
  if ((dto.op === undefined) === (dto.instruction === undefined)) invalid({ op: ['give exactly one of op or instruction'] });
  let op: TextOperation;
  let clause = dto.clause;
  if (dto.instruction !== undefined) {
    const parsed = parseInstruction(dto.instruction, lang);
    if (parsed.clause && clause && parsed.clause.replace(/[()]/g, '') !== clause.replace(/[()]/g, '')) {
      invalid({ instruction: [`names subparagraph ${parsed.clause}, but clause is ${clause}`] });
    }
    op = parsed.op;
    clause ??= parsed.clause;
  } else {
    op = fromDto(dto.op!);
  }
  if (!allowed.includes(op.kind)) invalid({ [dto.op ? 'op.kind' : 'instruction']: [`${op.kind} is not allowed here; use ${allowed.join(', ')}`] });
  const field = dto.op ? `op.${op.kind === 'replace' ? 'with' : 'text'}` : 'instruction';
  // Words that go into a clause follow the clause's rules: one paragraph, no label, not only a join.
  const words = insertedWords(op);
  if (words !== null) {
    const problems = textProblems(words, { clause: target.isClause, lang });
    if (problems.length) invalid({ [field]: problems.map((p) => `the words ${p}`) });
  }
  return { op: normalized(op, target, lang), ...(clause ? { clause: canonicalLabel(clause) } : {}) };
}

/** "b", "(b)" or " (b) " → "(b)". */
const canonicalLabel = (label: string) => `(${label.replace(/[()\s]/g, '')})`;

function normalized(op: TextOperation, target: { text: string | null; isClause: boolean }, lang: Language): TextOperation {
  // In a clause, a trailing join is the clause order's to give: taken off whatever the words are.
  const words = (t: string) => (target.isClause ? clauseText(t, lang) : squeezeSpaces(t));
  switch (op.kind) {
    case 'insert':
      if (op.at === 'end') return { ...op, text: words(op.text) };
      return op.after !== undefined ? { ...op, after: quoteOf(op.after), text: words(op.text) } : { ...op, before: quoteOf(op.before!), text: words(op.text) };
    case 'replace':
      return { ...op, find: quoteOf(op.find), with: words(op.with) };
    case 'delete':
      return { ...op, find: quoteOf(op.find) };
    case 'replace_clause':
      return { ...op, text: target.isClause ? clauseText(op.text, lang) : squeezeSpaces(op.text) };
    case 'add_clause':
      return { ...op, text: clauseText(op.text, lang), ...(op.after !== undefined ? { after: canonicalLabel(op.after) } : {}) };
    default:
      return op;
  }
}
