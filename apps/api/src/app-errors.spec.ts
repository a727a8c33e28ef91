import fs from 'node:fs';
import path from 'node:path';
import type { ErrorDef } from '@gbdw/common';
import { describe, expect, it } from '@jest/globals';
import { allErrorCodes, ERROR_CATALOGUES, guardCodes } from './app-errors.js';
import { STATUS_OF_KIND } from './common/http-error.js';

/**
 * docs/errors.md is rendered from the catalogues (`<feature>.errors.ts`) and the workflows' guards;
 * it fails here when it drifts (`npm run docs` rewrites it). The scans below fail when a code is
 * thrown that no catalogue holds, or when one code has two kinds.
 */
const ROOT = path.join(import.meta.dirname, '../../..');
const DOC = path.join(ROOT, 'docs/errors.md');

function errorsMd(): string {
  const parts = [
    '# Errors',
    '',
    'Every refusal is JSON: `{ "statusCode", "code", "message", "details"? }`. The `code` is stable and is what a client',
    'acts on; the `message` says what happened in words for this case (the web app shows its own words per code, in',
    'English, French and Spanish). Rendered from each feature’s `*.errors.ts` and the workflows’ guards (`npm run docs`);',
    'a test fails when this file drifts, when a code is thrown that is not here, or when a code has two statuses.',
  ];
  for (const [section, defs] of Object.entries(ERROR_CATALOGUES)) {
    parts.push('', `## ${section}`, '', '| code | status | meaning |', '| --- | --- | --- |');
    for (const d of defs) parts.push(`| \`${d.code}\` | ${STATUS_OF_KIND[d.kind]} | ${d.summary} |`);
  }
  parts.push(
    '',
    '## Workflow rules',
    '',
    'A guard of a workflow refuses an event with its own code and a 409; `allowedEvents` never offers an event a guard would refuse. See [workflows.md](workflows.md).',
    '',
    '| code | status | refused by | on |',
    '| --- | --- | --- | --- |',
  );
  for (const [code, uses] of [...guardCodes()].sort(([a], [b]) => a.localeCompare(b))) {
    parts.push(
      `| \`${code}\` | 409 | ${uses.map((u) => `${u.workflow}: \`${u.guard}\``).join('; ')} | ${[...new Set(uses.flatMap((u) => u.events))].join(', ')} |`,
    );
  }
  return `${parts.join('\n')}\n`;
}

const sources = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'test' ? [] : sources(p);
    return /\.ts$/.test(e.name) && !/\.spec\.ts$/.test(e.name) ? [p] : [];
  });
const SOURCES = [path.join(ROOT, 'apps/api/src'), ...fs.readdirSync(path.join(ROOT, 'libs')).map((l) => path.join(ROOT, 'libs', l, 'src'))].flatMap(sources);

describe('the error catalogue', () => {
  it('docs/errors.md is rendered from it', () => {
    if (process.env.UPDATE_DOCS) fs.writeFileSync(DOC, errorsMd());
    expect(fs.readFileSync(DOC, 'utf8')).toBe(errorsMd());
  });

  it('gives each code one kind, and guards only codes no catalogue gives another status', () => {
    const kinds = new Map<string, Set<string>>();
    for (const d of Object.values(ERROR_CATALOGUES).flat()) kinds.set(d.code, (kinds.get(d.code) ?? new Set()).add(d.kind));
    for (const code of guardCodes().keys()) kinds.set(code, (kinds.get(code) ?? new Set()).add('conflict'));
    expect([...kinds].filter(([, k]) => k.size > 1).map(([code, k]) => `${code}: ${[...k].join(', ')}`)).toEqual([]);
  });

  it('holds every code-like literal in the sources, and errors are made only from it', () => {
    const known = new Set(allErrorCodes());
    const stray: string[] = [];
    const madeByHand: string[] = [];
    for (const file of SOURCES) {
      const text = fs.readFileSync(file, 'utf8');
      const rel = path.relative(ROOT, file);
      for (const [, code] of text.matchAll(/['`]([A-Z][A-Z_]+\.[A-Z][A-Z_]+|RATE_LIMITED|INTERNAL)['`]/g)) if (!known.has(code)) stray.push(`${rel}: ${code}`);
      for (const [line] of text.matchAll(/.*new DomainError\(.*/g)) madeByHand.push(`${rel}: ${line.trim()}`);
    }
    expect(stray).toEqual([]);
    // The catalogue makes them; the workflow runner throws a guard's refusal with the guard's own code.
    expect(madeByHand.map((l) => l.split(':')[0])).toEqual(['apps/api/src/workflow/workflow-runner.service.ts', 'libs/common/src/error-catalogue.ts']);
  });

  it('gathers every catalogue a *.errors.ts exports (a catalogue left out would be missing from the docs, the OpenAPI and the web)', async () => {
    const catalogued = new Set(Object.values(ERROR_CATALOGUES).flat());
    const isDef = (v: unknown): v is ErrorDef => typeof v === 'object' && v !== null && 'code' in v && typeof (v as ErrorDef).error === 'function';
    const defsIn = (v: unknown): ErrorDef[] =>
      isDef(v) ? [v] : typeof v === 'object' && v !== null ? Object.values(v).flatMap((x) => (isDef(x) ? [x] : typeof x === 'object' ? defsIn(x) : [])) : [];
    const files = SOURCES.filter((f) => f.endsWith('.errors.ts'));
    expect(files.length).toBeGreaterThanOrEqual(12);
    const left: string[] = [];
    for (const file of files) for (const def of defsIn(await import(file))) if (!catalogued.has(def)) left.push(`${path.relative(ROOT, file)}: ${def.code}`);
    expect(left).toEqual([]);
  });

  it('knows codes a client meets, by hand', () => {
    for (const code of [
      'AMENDMENT.ANCHOR_NOT_FOUND',
      'AMENDMENT.NOW_EMPTIES_CLAUSE',
      'DECISION.AMENDMENTS_ADOPTED',
      'DECISION.VERSION_CONFLICT',
      'AUTH.INVALID_TOKEN',
      'RATE_LIMITED',
      'OUTCOME.VOTE_DOES_NOT_CARRY',
    ]) {
      expect(allErrorCodes()).toContain(code);
    }
  });
});
