/** Filings the service refuses on the seed's paragraph 26, each with its status and code (by hand): [case, who, body, status, code]. */
export const FILING_REFUSALS: [string, string, Record<string, unknown>, number, string][] = [
  [
    'quote not found, with a near miss (curly apostrophe)',
    'wkr',
    { clause: '(a)', op: { kind: 'delete', find: 'the ILO’s plan' }, rationale: 'x' },
    422,
    'AMENDMENT.ANCHOR_NOT_FOUND',
  ],
  ['quote found twice', 'wkr', { clause: '(b)', op: { kind: 'delete', find: 'in the implementation of' }, rationale: 'x' }, 422, 'AMENDMENT.ANCHOR_AMBIGUOUS'],
  ['no such clause', 'wkr', { clause: '(z)', op: { kind: 'delete_clause' }, rationale: 'x' }, 422, 'AMENDMENT.CLAUSE_NOT_FOUND'],
  ['unknown operation', 'wkr', { clause: '(a)', op: { kind: 'rewrite', text: 'x' }, rationale: 'x' }, 400, 'REQUEST.VALIDATION_FAILED'],
  ['whitespace-only text', 'wkr', { clause: '(a)', op: { kind: 'insert', after: 'indicated', text: '   ' }, rationale: 'x' }, 400, 'REQUEST.VALIDATION_FAILED'],
  [
    'a field the kind does not use',
    'wkr',
    { clause: '(a)', op: { kind: 'delete', find: 'indicated', text: 'x' }, rationale: 'x' },
    400,
    'REQUEST.VALIDATION_FAILED',
  ],
  [
    'a member for another group',
    'emp',
    { clause: '(a)', op: { kind: 'delete', find: 'indicated' }, rationale: 'x', groupCode: 'WKR' },
    403,
    'AMENDMENT.NOT_YOUR_GROUP',
  ],
  [
    'a non-government in its own name',
    'wkr',
    { clause: '(a)', op: { kind: 'delete', find: 'indicated' }, rationale: 'x', onBehalf: 'self' },
    403,
    'AMENDMENT.NOT_A_GOVERNMENT',
  ],
  ['the chair', 'chair', { clause: '(a)', op: { kind: 'delete', find: 'indicated' }, rationale: 'x' }, 403, 'AUTH.ROLE_FORBIDDEN'],
];
