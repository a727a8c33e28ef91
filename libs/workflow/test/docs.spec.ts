import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { adjustmentWorkflow, amendmentWorkflow, decisionWorkflow, mermaid, planPointWorkflow, speakerWorkflow } from '../src/index.js';

/**
 * docs/workflows.md is drawn from the machines and docs/permissions.md from the hand-written
 * docs/permissions.json; both fail here when they drift. `npm run docs` rewrites them.
 */
const DOCS = path.join(import.meta.dirname, '../../../docs');
const WORKFLOWS = [
  [
    'Decision',
    decisionWorkflow,
    'The draft decision from the Office’s drafting to adoption. EDIT and REVISE replace the clauses; after publication the text changes only through adopted amendments.',
  ],
  [
    'Amendment',
    amendmentWorkflow,
    'Amendments and sub-amendments. SECOND and SUPPORT are recorded without a change of state; LAPSE, MOOT, STALE and FALL are sent by the service (FALL when an adopted amendment changed the words it changes, in the same transaction).',
  ],
  [
    'Plan point review',
    planPointWorkflow,
    'The review of one point of the plan of action. RESOLVE takes an outcome; allowedEvents lists the outcomes that would succeed now.',
  ],
  ['Adjustment', adjustmentWorkflow, 'A proposed adjustment of a plan point.'],
  [
    'Speaker',
    speakerWorkflow,
    'An entry on the list of speakers of an item: the Chair gives the floor to one speaker at a time and closes it; a speaker may withdraw while waiting. The list’s order and settings are versioned with the list (docs/speakers.md).',
  ],
] as const;

function workflowsMd(): string {
  const parts = [
    '# Workflows',
    '',
    'Generated from the machines in `libs/workflow` (`npm run docs`); a test fails when this file drifts from them.',
    'Each arrow is `EVENT [guards] / effects`: guards are domain rules that refuse with a 409 and their own code;',
    'effects are what the service does in the same transaction (each feature’s `*.effects.ts`). Who may send each',
    'event is in [permissions.md](permissions.md).',
  ];
  for (const [title, def, about] of WORKFLOWS) {
    parts.push('', `## ${title}`, '', about, '', '```mermaid', mermaid(def as never), '```', '', '| guard | refuses with |', '| --- | --- |');
    for (const [name, g] of Object.entries(def.guards)) parts.push(`| ${name} | \`${g.code}\` |`);
  }
  return `${parts.join('\n')}\n`;
}

type Row = { event: string; states: string[]; who: string[] };
function permissionsMd(): string {
  const spec = JSON.parse(fs.readFileSync(path.join(DOCS, 'permissions.json'), 'utf8')) as Record<string, Row[] | string>;
  const parts = [
    '# Permissions',
    '',
    'Rendered from [permissions.json](permissions.json) (`npm run docs`), which is written by hand and checked against the machines by `libs/workflow/test/permissions.spec.ts`.',
    '',
    spec.about as string,
  ];
  for (const [section, rows] of Object.entries(spec)) {
    if (typeof rows === 'string') continue;
    parts.push('', `## ${section.replace('_', ' ')}`, '', '| event | in state | who |', '| --- | --- |');
    for (const r of rows) parts.push(`| ${r.event} | ${r.states.join(', ')} | ${r.who.join('; ')} |`);
  }
  return `${parts.join('\n')}\n`;
}

describe('docs', () => {
  it.each([
    ['workflows.md', workflowsMd],
    ['permissions.md', permissionsMd],
  ])('%s is up to date', (name, render) => {
    const file = path.join(DOCS, name);
    if (process.env.UPDATE_DOCS === '1') fs.writeFileSync(file, render());
    expect(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : `${name} is missing: npm run docs`).toBe(render());
  });
});
