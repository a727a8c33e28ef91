/** References to plan-of-action points and GCM objectives, read as a person reads them. */
import { VOCABULARIES, type Vocabulary } from './vocabulary.js';

const ENGLISH = VOCABULARIES.en;

/** "13(a)", "12(a), 13(d) and 14(a)" as a pattern, in the words of `v`. */
function listPattern(v: Vocabulary): string {
  const ref = String.raw`\d+(?:${v.label})?`;
  return `(?:${ref})(?:(?:${v.listJoin})(?:${ref}|${v.label}))*`;
}

/** The patterns of one vocabulary, compiled once: paragraphs by the thousand each read them (global ones are only used through matchAll, which copies them). */
interface Patterns {
  join: RegExp;
  planPoints: RegExp;
  items: RegExp;
  plural: RegExp;
  pluralGlobal: RegExp;
  suchAs: RegExp;
  itemOn: RegExp;
}
const compiled = new Map<Vocabulary, Patterns>();
function patterns(v: Vocabulary): Patterns {
  let p = compiled.get(v);
  if (!p) {
    const list = listPattern(v);
    p = {
      join: new RegExp(v.listJoin),
      planPoints: new RegExp(String.raw`\b${v.planPoint} (${list})`, 'gi'),
      items: new RegExp(String.raw`\b${v.item}s? (${list})`, 'gi'),
      plural: new RegExp(String.raw`\b${v.item}s\b`, 'i'),
      pluralGlobal: new RegExp(String.raw`\b${v.item}s\b`, 'gi'),
      suchAs: new RegExp(String.raw`\bsuch as (${list})`, 'gi'),
      itemOn: new RegExp(String.raw`\b${v.item}s \d+ on `, 'gi'),
    };
    compiled.set(v, p);
  }
  return p;
}

function expand(list: string, v: Vocabulary): string[] {
  const out: string[] = [];
  let base = '';
  for (const part of list.split(patterns(v).join)) {
    const m = v.listPiece.exec(part.trim());
    if (!m) continue;
    if (m[1]) base = m[1];
    if (!base) continue;
    out.push(`${base}${m[2] ? `(${m[2]})` : ''}`);
  }
  return out;
}

const uniq = (xs: string[]) => [...new Set(xs)];
/** Appends one by one: a spread of a list of hundreds of thousands of references overflows the stack. */
function pushAll(out: string[], items: string[]): void {
  for (const x of items) out.push(x);
}

/** "point 13(a)", "points 12(a), 13(d) and 14(a)", "points 15 and 16". */
export function planPointRefs(text: string, v: Vocabulary = ENGLISH): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(patterns(v).planPoints)) pushAll(out, expand(m[1], v));
  return sortCodes(uniq(out));
}

/**
 * Objectives (or goals): "objective 5(c) and (e)", "objectives 2, 3, 15, 16 and 19", "objectives 19 on … and 21 on …",
 * "objectives … such as 2, 3, 15, 16 and 19". In French and Spanish, the first form only ("objectif 5 c) et e)").
 */
export function objectiveRefs(text: string, v: Vocabulary = ENGLISH): string[] {
  const out: string[] = [];
  const p = patterns(v);
  for (const m of text.matchAll(p.items)) pushAll(out, expand(m[1], v));
  if (v.lang !== 'en') return sortCodes(uniq(out));
  for (const sentence of sentences(text)) {
    if (!p.plural.test(sentence)) continue;
    // "objectives … such as 2, 3": a lazy /objectives[^.]*?such as/ retried from every "objectives" (quadratic); here each piece between stops is read once.
    for (const piece of sentence.split('.')) {
      pushAll(
        out,
        after(piece, p.pluralGlobal, p.suchAs).flatMap((l) => expand(l, v)),
      );
      pushAll(out, after(piece, p.itemOn, AND_ITEM_ON));
    }
  }
  return sortCodes(uniq(out));
}

const AND_ITEM_ON = /\band (\d+) on\b/gi;

/**
 * What /LEAD[^.]*?FOLLOW/g would capture in a text without stops, in one pass: each match of `follow` that
 * begins after a match of `lead` ending at or after the previous capture. Both patterns global.
 */
function after(text: string, lead: RegExp, follow: RegExp): string[] {
  const leads = [...text.matchAll(lead)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const out: string[] = [];
  let i = 0;
  let from = 0;
  for (const m of text.matchAll(follow)) {
    while (i < leads.length && leads[i].start < from) i++;
    if (i < leads.length && leads[i].end <= m.index) {
      out.push(m[1]);
      from = m.index + m[0].length;
    }
  }
  return out;
}

export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?][”"’)]?)\s+(?=[A-Z(“"])/);
}

export function sortCodes(codes: string[]): string[] {
  const key = (c: string) => {
    const m = /^(\d+)(?:\(([a-z])\))?$/.exec(c);
    return m ? Number(m[1]) * 100 + (m[2] ? m[2].charCodeAt(0) - 96 : 0) : 0;
  };
  return [...codes].sort((a, b) => key(a) - key(b));
}

/** "13(A)", "13 (a)", "point 13(a)" → "13(a)": a plan point's code as the plan prints it. */
export const pointCode = (typed: string) =>
  typed
    .trim()
    .replace(/^points?\s+/i, '')
    .replace(/\s+/g, '')
    .toLowerCase();
