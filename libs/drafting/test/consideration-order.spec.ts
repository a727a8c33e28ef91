import { describe, expect, it } from '@jest/globals';
import { type AmendmentToConsider, considerationOrder, effectOfAdoption, type TextOperation } from '../src/index.js';

// Paragraph 26 of GB.335/POL/1(Rev.), as stored (labels and joins off).
const A =
  "indicated that the ILO's plan of action (2018–22) continued to reflect the priorities of the Organization on labour migration, including to support the implementation of the Global Compact for Safe, Orderly and Regular Migration";
const B =
  "invited the Director-General to take account of its guidance in the implementation of the ILO's plan of action, to further strengthen ILO partnerships with other agencies, such as those in the United Nations Network on Migration and particularly in the field, including in United Nations country teams, and to promote social dialogue and tripartism in the implementation of the Global Compact for Safe, Orderly and Regular Migration";
const CLAUSES = [
  { id: 'a', text: A },
  { id: 'b', text: B },
];

let filed = 0;
/** An amendment to a clause, filed after the ones before it. */
const on = (clauseId: string, number: string, op: TextOperation): AmendmentToConsider => ({
  id: number,
  number,
  targetType: 'clause',
  clauseId,
  parentId: null,
  op,
  filed: filed++,
});
const sub = (parent: AmendmentToConsider, number: string, op: TextOperation): AmendmentToConsider => ({
  ...on(parent.clauseId ?? '', number, op),
  targetType: 'amendment',
  parentId: parent.id,
});
const newClause = (number: string, after: string | null): AmendmentToConsider => ({
  ...on(after ?? '', number, { kind: 'add_clause', text: 'called for joint work' }),
  targetType: 'decision',
  clauseId: after,
});
const order = (...pending: AmendmentToConsider[]) => considerationOrder(CLAUSES, pending);
const numbers = (...pending: AmendmentToConsider[]) => order(...pending).map((i) => i.number);
const item = (number: string, ...pending: AmendmentToConsider[]) => order(...pending).find((i) => i.number === number)!;

describe('the order of consideration, proposed from the rules', () => {
  it('takes the clauses in order, a new clause after the amendments to the clause it follows, one added at the end last', () => {
    const atEnd = newClause('D26+/WKR/1', null);
    const afterA = newClause('D26+(a)/GOV/1', 'a');
    const onB = on('b', 'D26(b)/EMP/1', { kind: 'delete', find: 'and particularly in the field,' });
    const onA = on('a', 'D26(a)/WKR/1', { kind: 'insert', after: 'the Organization', text: 'and its tripartite constituents' });
    expect(numbers(atEnd, afterA, onB, onA)).toEqual(['D26(a)/WKR/1', 'D26+(a)/GOV/1', 'D26(b)/EMP/1', 'D26+/WKR/1']);
  });

  it('takes the amendments to one clause by the place each changes, whatever their filing order', () => {
    const late = on('b', 'D26(b)/EMP/1', { kind: 'insert', after: 'social dialogue', text: 'and collective bargaining' });
    const early = on('b', 'D26(b)/WKR/1', { kind: 'replace', find: 'take account of', with: 'be guided by' });
    const middle = on('b', 'D26(b)/AFRICA/1', { kind: 'delete', find: 'and particularly in the field,' });
    expect(numbers(late, early, middle)).toEqual(['D26(b)/WKR/1', 'D26(b)/AFRICA/1', 'D26(b)/EMP/1']);
  });

  it('takes each sub-amendment immediately before the amendment it amends', () => {
    const parent = on('b', 'D26(b)/WKR/1', { kind: 'insert', after: 'social dialogue', text: 'and effective tripartite consultation' });
    const first = on('b', 'D26(b)/EMP/1', { kind: 'replace', find: 'take account of', with: 'be guided by' });
    const s = sub(parent, 'D26(b)/WKR/1/S/EMP/1', { kind: 'replace', find: 'effective', with: 'genuine' });
    expect(numbers(s, parent, first)).toEqual(['D26(b)/EMP/1', 'D26(b)/WKR/1/S/EMP/1', 'D26(b)/WKR/1']);
  });

  it('groups the amendments competing for the same words, the larger span first, then by filing order', () => {
    const small = on('b', 'D26(b)/EMP/1', { kind: 'replace', find: 'ILO partnerships', with: "the ILO's partnerships" });
    const large = on('b', 'D26(b)/WKR/1', { kind: 'replace', find: 'to further strengthen ILO partnerships with other agencies', with: 'to cooperate' });
    const before = on('b', 'D26(b)/GOV/1', { kind: 'replace', find: 'take account of', with: 'be guided by' });
    const same = on('b', 'D26(b)/AFRICA/1', { kind: 'replace', find: 'ILO partnerships', with: 'partnerships' });
    const items = order(small, large, before, same);
    expect(items.map((i) => [i.number, i.group])).toEqual([
      ['D26(b)/GOV/1', null],
      ['D26(b)/WKR/1', 1],
      ['D26(b)/EMP/1', 1],
      ['D26(b)/AFRICA/1', 1],
    ]);
  });

  it('takes a group at the place of its first words, its larger span first even when that span begins later', () => {
    const early = on('b', 'D26(b)/EMP/1', { kind: 'replace', find: 'ILO partnerships', with: "the ILO's partnerships" });
    const later = on('b', 'D26(b)/WKR/1', {
      kind: 'delete',
      find: 'partnerships with other agencies, such as those in the United Nations Network on Migration',
    });
    const between = on('b', 'D26(b)/GOV/1', { kind: 'insert', after: 'to further', text: 'and lastingly' });
    expect(numbers(early, later, between)).toEqual(['D26(b)/GOV/1', 'D26(b)/WKR/1', 'D26(b)/EMP/1']);
  });

  it('takes a deletion of words before a replacement of the same words, and both before an insertion among them', () => {
    const replace = on('b', 'D26(b)/EMP/1', { kind: 'replace', find: 'with other agencies', with: 'with the United Nations agencies' });
    const insert = on('b', 'D26(b)/GOV/1', { kind: 'insert', after: 'other', text: 'international' });
    const del = on('b', 'D26(b)/WKR/1', { kind: 'delete', find: 'with other agencies' });
    expect(numbers(insert, replace, del)).toEqual(['D26(b)/WKR/1', 'D26(b)/EMP/1', 'D26(b)/GOV/1']);
  });

  it('takes the deletion, then the replacement, of the whole clause before any change inside it', () => {
    const inside = on('b', 'D26(b)/EMP/1', { kind: 'replace', find: 'take account of', with: 'be guided by' });
    const replace = on('b', 'D26(b)/GOV/1', { kind: 'replace_clause', text: 'requested the Director-General to act on its guidance' });
    const del = on('b', 'D26(b)/WKR/1', { kind: 'delete_clause' });
    expect(numbers(inside, replace, del)).toEqual(['D26(b)/WKR/1', 'D26(b)/GOV/1', 'D26(b)/EMP/1']);
  });
});

describe('what each adoption entails for the others', () => {
  it('two amendments replacing the same words: each falls if the other is adopted', () => {
    const emp = on('b', 'D26(b)/EMP/1', {
      kind: 'replace',
      find: 'to further strengthen ILO partnerships',
      with: "to strengthen further the ILO's partnerships",
    });
    const wkr = on('b', 'D26(b)/WKR/1', { kind: 'replace', find: 'to further strengthen ILO partnerships', with: 'to deepen ILO partnerships' });
    expect(item('D26(b)/EMP/1', emp, wkr)).toMatchObject({ falls: [{ id: wkr.id, number: 'D26(b)/WKR/1', reason: 'same_words' }], reread: [] });
    expect(item('D26(b)/WKR/1', emp, wkr)).toMatchObject({ falls: [{ number: 'D26(b)/EMP/1', reason: 'same_words' }], reread: [] });
  });

  it('an amendment whose quote overlaps the words another changes falls with them; one elsewhere in the clause is untouched', () => {
    const wide = on('b', 'D26(b)/EMP/1', {
      kind: 'replace',
      find: 'to further strengthen ILO partnerships',
      with: "to strengthen further the ILO's partnerships",
    });
    const overlapping = on('b', 'D26(b)/AFRICA/1', { kind: 'replace', find: 'ILO partnerships with other agencies', with: 'partnerships' });
    const elsewhere = on('b', 'D26(b)/WKR/1', { kind: 'insert', after: 'social dialogue', text: 'and collective bargaining' });
    expect(item('D26(b)/EMP/1', wide, overlapping, elsewhere)).toMatchObject({ falls: [{ number: 'D26(b)/AFRICA/1' }], reread: [] });
    expect(item('D26(b)/WKR/1', wide, overlapping, elsewhere)).toMatchObject({ falls: [], reread: [] });
  });

  it('an insertion right beside the words changed still applies, but must be re-read', () => {
    const change = on('b', 'D26(b)/EMP/1', { kind: 'replace', find: 'ILO partnerships', with: "the ILO's partnerships" });
    const beside = on('b', 'D26(b)/GOV-FRA/1', { kind: 'insert', after: 'to further strengthen', text: 'and broaden' });
    expect(item('D26(b)/EMP/1', change, beside)).toMatchObject({ falls: [], reread: [{ number: 'D26(b)/GOV-FRA/1', reason: 'words_beside_change' }] });
  });

  it('an amendment to the second "the implementation" must be re-read when the first is deleted: it becomes the only one', () => {
    const del = on('b', 'D26(b)/EMP/1', { kind: 'delete', find: "in the implementation of the ILO's plan of action" });
    const second = on('b', 'D26(b)/WKR/1', { kind: 'insert', after: 'the implementation', occurrence: 2, text: 'and follow-up' });
    expect(item('D26(b)/EMP/1', del, second)).toMatchObject({ reread: [{ number: 'D26(b)/WKR/1', reason: 'occurrence_moves' }] });
    expect(effectOfAdoption(B, del.op, second.op)).toEqual({ kind: 'reread', reason: 'occurrence_moves' });
  });

  it('the deletion or replacement of the clause makes every other amendment to it fall; a change of some words leaves those as they are', () => {
    const del = on('b', 'D26(b)/WKR/1', { kind: 'delete_clause' });
    const replace = on('b', 'D26(b)/GOV/1', { kind: 'replace_clause', text: 'requested the Director-General to act on its guidance' });
    const inside = on('b', 'D26(b)/EMP/1', { kind: 'replace', find: 'take account of', with: 'be guided by' });
    expect(item('D26(b)/WKR/1', del, replace, inside).falls.map((f) => [f.number, f.reason])).toEqual([
      ['D26(b)/GOV/1', 'clause_deleted'],
      ['D26(b)/EMP/1', 'clause_deleted'],
    ]);
    expect(item('D26(b)/GOV/1', del, replace, inside).falls.map((f) => f.reason)).toEqual(['clause_replaced', 'clause_replaced']);
    expect(item('D26(b)/EMP/1', del, replace, inside)).toMatchObject({ falls: [], reread: [] });
  });

  it('amendments to different clauses never entail anything for each other', () => {
    const onA = on('a', 'D26(a)/EMP/1', { kind: 'replace', find: 'continued to reflect', with: 'continues to reflect' });
    const onB = on('b', 'D26(b)/EMP/1', { kind: 'replace', find: 'continued', with: 'continues' });
    expect(order(onA, onB).every((i) => i.falls.length === 0 && i.reread.length === 0)).toBe(true);
  });

  it('two sub-amendments changing the same words of their amendment: each falls if the other is adopted', () => {
    const parent = on('b', 'D26(b)/WKR/1', { kind: 'insert', after: 'social dialogue', text: 'and effective tripartite consultation' });
    const emp = sub(parent, 'D26(b)/WKR/1/S/EMP/1', { kind: 'replace', find: 'effective', with: 'genuine' });
    const gov = sub(parent, 'D26(b)/WKR/1/S/GOV/1', { kind: 'delete', find: 'effective' });
    const items = order(parent, emp, gov);
    expect(items.map((i) => i.number)).toEqual(['D26(b)/WKR/1/S/GOV/1', 'D26(b)/WKR/1/S/EMP/1', 'D26(b)/WKR/1']);
    expect(items[0]).toMatchObject({ group: 1, falls: [{ number: 'D26(b)/WKR/1/S/EMP/1', reason: 'same_words' }] });
    expect(items[2]).toMatchObject({ group: null, falls: [], reread: [] });
  });

  it('an amendment whose quote is already gone is no consequence of anything: it goes stale, and comes last in its clause', () => {
    const gone = on('b', 'D26(b)/EMP/1', { kind: 'replace', find: 'strengthen further', with: 'strengthen' });
    const other = on('b', 'D26(b)/WKR/1', { kind: 'replace', find: 'to further strengthen', with: 'to strengthen' });
    expect(numbers(gone, other)).toEqual(['D26(b)/WKR/1', 'D26(b)/EMP/1']);
    expect(item('D26(b)/WKR/1', gone, other)).toMatchObject({ falls: [], reread: [] });
  });
});
