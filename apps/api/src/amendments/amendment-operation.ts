import { DomainError } from '../../../../libs/common/src/index.js';
import { clauseText, endsWithJoin, parseInstruction, quoteOf, spanOf, squeezeSpaces, type TextOperation, textProblems } from '../../../../libs/drafting/src/index.js';
import type { OperationDto } from './dto/amendment.dto.js';

export function invalid(fields: Record<string, string[]>): never {
  throw new DomainError('invalid', 'REQUEST.VALIDATION_FAILED', `Invalid field(s): ${Object.keys(fields).join(', ')}`, { fields });
}

/** The operation as stored: only the fields its kind uses; a 400 names what is missing or extra. */
function fromDto(dto: OperationDto): TextOperation {
  const need = (...fields: (keyof OperationDto)[]) => {
    const missing = fields.filter((f) => dto[f] === undefined);
    if (missing.length) invalid(Object.fromEntries(missing.map((f) => [`op.${f}`, [`required for ${dto.kind}`]])));
  };
  const extra = (...fields: (keyof OperationDto)[]) => {
    const given = (['after', 'before', 'find', 'with', 'text', 'occurrence'] as const).filter((f) => dto[f] !== undefined && !fields.includes(f));
    if (given.length) invalid(Object.fromEntries(given.map((f) => [`op.${f}`, [`not used by ${dto.kind}`]])));
  };
  const occ = dto.occurrence !== undefined ? { occurrence: dto.occurrence } : {};
  switch (dto.kind) {
    case 'insert':
      extra('after', 'before', 'text', 'occurrence');
      need('text');
      if ((dto.after === undefined) === (dto.before === undefined)) invalid({ 'op.after': ['give exactly one of after or before'] });
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
export function requestedOperation(dto: OperationRequest, allowed: readonly TextOperation['kind'][], target: { text: string | null; isClause: boolean }): { op: TextOperation; clause?: string } {
  if ((dto.op === undefined) === (dto.instruction === undefined)) invalid({ op: ['give exactly one of op or instruction'] });
  let op: TextOperation;
  let clause = dto.clause;
  if (dto.instruction !== undefined) {
    const parsed = parseInstruction(dto.instruction, target.text ?? undefined);
    if (parsed.clause && clause && parsed.clause.replace(/[()]/g, '') !== clause.replace(/[()]/g, '')) {
      invalid({ instruction: [`names subparagraph ${parsed.clause}, but clause is ${clause}`] });
    }
    op = parsed.op;
    clause ??= parsed.clause;
  } else {
    op = fromDto(dto.op!);
  }
  if (!allowed.includes(op.kind)) invalid({ [dto.op ? 'op.kind' : 'instruction']: [`${op.kind} is not allowed here; use ${allowed.join(', ')}`] });
  if ((op.kind === 'replace_clause' && target.isClause) || op.kind === 'add_clause') {
    const problems = textProblems(op.text, { clause: true });
    if (problems.length) invalid({ [dto.op ? 'op.text' : 'instruction']: problems.map((p) => `${dto.op ? 'text' : 'the new subparagraph'} ${p}`) });
  }
  return { op: normalized(op, target), ...(clause ? { clause } : {}) };
}

function normalized(op: TextOperation, target: { text: string | null; isClause: boolean }): TextOperation {
  const words = (t: string) => (target.isClause && target.text !== null && endsClause(target.text, op) && endsWithJoin(t) ? clauseText(t) : squeezeSpaces(t));
  switch (op.kind) {
    case 'insert':
      return op.after !== undefined ? { ...op, after: quoteOf(op.after), text: words(op.text) } : { ...op, before: quoteOf(op.before!), text: words(op.text) };
    case 'replace':
      return { ...op, find: quoteOf(op.find), with: words(op.with) };
    case 'delete':
      return { ...op, find: quoteOf(op.find) };
    case 'replace_clause':
      return { ...op, text: target.isClause ? clauseText(op.text) : squeezeSpaces(op.text) };
    case 'add_clause':
      return { ...op, text: clauseText(op.text) };
    default:
      return op;
  }
}

/** True when the words land at the end of the clause, where its join will follow them. */
function endsClause(text: string, op: TextOperation): boolean {
  try {
    return spanOf(text, op).end >= text.trimEnd().length;
  } catch {
    return false; // the anchor is checked, and named, when the filing locates it
  }
}
