import { describe, expect, it } from 'vitest';
import { amendment, decision, emp, read, sub, wkr } from './chair-script.fixtures';
import { lastOutcome } from './script-record';

describe('the Chair’s script: outcomes for the record', () => {
  const adopted = { ...wkr, state: 'adopted', decidedAt: '2026-03-20T10:05:00Z' };
  const fallen = { ...emp, state: 'fallen', fallenBecause: { amendmentId: wkr.id, number: wkr.number, reason: 'same_words' as const } };

  it('states the adoption, then what fell with it, and why', () => {
    const { record } = read({ decision: decision('amendments_in_play'), amendments: [fallen, adopted], recorded: wkr.id });
    expect(record).toEqual(['Amendment D26(b)/WKR/1 is adopted.', 'Amendment D26(b)/EMP/2 falls, since amendment D26(b)/WKR/1 was adopted (same words).']);
  });

  it('states a vote with its counts, a withdrawal, a lapse for want of a seconder', () => {
    const rejected = { ...wkr, state: 'rejected', method: { kind: 'vote' as const, for: 3, against: 40, abstentions: 1 } };
    expect(read({ decision: decision('amendments_in_play'), amendments: [rejected], recorded: wkr.id }).record).toEqual([
      'Amendment D26(b)/WKR/1 is rejected by 3 votes to 40, with 1 abstention.',
    ]);
    expect(read({ decision: decision('amendments_in_play'), amendments: [{ ...sub, state: 'withdrawn' }], recorded: sub.id }).record).toEqual([
      'Sub-amendment D26(b)/WKR/1/S/EMP/1 is withdrawn.',
    ]);
    const lapsed = amendment('D26(a)/GOV-FRA/1', { onBehalf: 'self', state: 'lapsed' });
    expect(read({ decision: decision('amendments_in_play'), amendments: [lapsed], recorded: lapsed.id }).record).toEqual([
      'Amendment D26(a)/GOV-FRA/1 lapses: it was not seconded.',
    ]);
  });

  it('says nothing for the record while the next amendment is before the Governing Body', () => {
    const next = amendment('D26(c)/GOV/1', { proposerGroup: 'GOV', state: 'under_consideration' });
    expect(read({ decision: decision('amendments_in_play'), amendments: [fallen, adopted, next], recorded: wkr.id }).record).toEqual([]);
  });

  it('the latest outcome is the Chair’s adoption, not what fell with it; at the first read, the latest decided', () => {
    expect(lastOutcome([fallen, adopted], new Set([wkr.id, emp.id]))).toBe(wkr.id);
    expect(lastOutcome([fallen, adopted], new Set([emp.id]))).toBe(wkr.id);
    expect(lastOutcome([{ ...sub, state: 'withdrawn' }, adopted], new Set([sub.id]))).toBe(sub.id);
    expect(lastOutcome([{ ...sub, state: 'withdrawn' }, adopted], new Set())).toBeNull();
    const earlier = { ...amendment('D26(a)/EMP/1'), state: 'rejected', decidedAt: '2026-03-20T10:01:00Z' };
    expect(lastOutcome([adopted, earlier], null)).toBe(wkr.id);
  });
});
