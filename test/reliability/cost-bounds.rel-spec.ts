import fs from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { figure } from '../support/scorecard.js';
import { SEED_TEXT } from '../support/seeded.js';
import { type ServerProcess, startServer, stopServer } from '../support/server-process.js';
import { createTestDatabase } from '../support/test-app.js';

const BOOTSTRAP = 'cost-bounds-bootstrap-token-0123456789abcdef';

/**
 * No request costs the server more than its sender. Each request that once blocked the event loop
 * for seconds is sent to the built app in its own process while /health is polled every 10 ms: each is answered
 * within 1 s (the largest document the limits let in within 3 s, in time proportional to its size), /health within 500 ms
 * throughout, refusals stay under 64 KB, and a third pass keeps no more memory than the second.
 */
describe('cost bounds: the requests that once cost the server most against a running server', () => {
  it('each answered within 1 s, /health within 500 ms meanwhile, answers small, no memory kept', async () => {
    const { url } = await createTestDatabase();
    const server: ServerProcess = await startServer({ DATABASE_URL: url, BOOTSTRAP_TOKEN: BOOTSTRAP }, 39100 + (process.pid % 400));
    try {
      const json = { authorization: `Bearer ${BOOTSTRAP}`, 'content-type': 'application/json' };
      const call = async (path: string, init: RequestInit & { token?: string } = {}) => {
        const t0 = performance.now();
        const res = await fetch(`${server.base}${path}`, {
          ...init,
          headers: { ...json, ...(init.token ? { authorization: `Bearer ${init.token}` } : {}), ...(init.headers as object) },
        });
        const body = await res.text();
        return {
          status: res.status,
          ms: performance.now() - t0,
          sent: Buffer.byteLength(String(init.body ?? '')),
          bytes: Buffer.byteLength(body),
          body: body.startsWith('{') ? JSON.parse(body) : body,
        };
      };
      const member = async (groupCode: string) =>
        (await call('/members', { method: 'POST', body: JSON.stringify({ name: `${groupCode} delegate`, role: 'member', groupCode }) })).body.token as string;
      const imported = await call('/documents/import', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: SEED_TEXT });
      const decisionId = imported.body.decisions[0].id as string;
      const [wkr, emp] = [await member('WKR'), await member('EMP')];
      await call(`/decisions/${decisionId}/events`, { method: 'POST', body: JSON.stringify({ type: 'PUBLISH', expectedVersion: 1 }) });
      // A parent amendment whose words are 20,000 characters of near misses of the quote that follows.
      const words = 'the plan '.repeat(2_222).trim();
      const parent = await call(`/decisions/${decisionId}/amendments`, {
        method: 'POST',
        token: wkr,
        body: JSON.stringify({ clause: '(b)', op: { kind: 'insert', at: 'end', text: words }, rationale: 'r' }),
      });
      expect(parent.status).toBe(201);
      const rss = () => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${server.child.pid}/status`, 'utf8'))![1]) / 1024;
      const before = rss();

      let polling = true;
      const health: number[] = [];
      const poller = (async () => {
        while (polling) {
          const t0 = performance.now();
          await fetch(`${server.base}/health`).then((r) => r.arrayBuffer());
          health.push(performance.now() - t0);
          await new Promise((r) => setTimeout(r, 10));
        }
      })();

      const quote = 'THE PLAN '.repeat(555).trim(); // 5 KB, found nowhere, folded it is everywhere
      const subamend = () =>
        call(`/amendments/${parent.body.id}/subamendments`, {
          method: 'POST',
          token: emp,
          body: JSON.stringify({ op: { kind: 'replace', find: quote, with: 'x' }, rationale: 'r' }),
        });
      const lines = SEED_TEXT.split('\n');
      const head = lines
        .slice(
          0,
          lines.findIndex((l) => /^\d+\. /.test(l)),
        )
        .join('\n');
      // Each as a new revision, so it is read through to the end (the seed's own symbol is refused as imported already).
      let revision = 1;
      const importOf = (text: string) =>
        call('/documents/import', {
          method: 'POST',
          headers: { 'content-type': 'text/plain' },
          body: text.replace('GB.335/POL/1(Rev.)', `GB.335/POL/1(Rev.${++revision})`),
        });
      const namingObjectives = (n: number, times: number) =>
        `${SEED_TEXT.replace(/^(25\. .*)$/m, `$1${` Objectives ${Array.from({ length: n }, (_, i) => i + 1).join(', ')} are not part of the plan.`.repeat(times)}`)}\n${Array.from({ length: n - 23 }, (_, i) => `${i + 24} T\tX\t`).join('\n')}`;
      const superscript = (k: number) => [...String(k)].map((d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]).join('');
      // A document at the size limits (2,000 paragraphs, 2,000 footnotes, 1,000 plan points) and smaller ones of its shape.
      const atSize = (paragraphs: number) =>
        importOf(
          `${head}\n${Array.from({ length: paragraphs }, (_, i) => `${i + 1}. See points ${(i % (paragraphs / 2)) + 1} and ${((i + 1) % (paragraphs / 2)) + 1}; objectives 7 on skills and 8 on recruitment are not part of the plan, nor objectives such as 9 and 10.${superscript(i + 1)} ${'word '.repeat(50)}`).join('\n')}\n${Array.from({ length: paragraphs }, (_, i) => `${superscript(i + 1)} Note.`).join('\n')}`,
        );
      const AT_LIMITS = 'an import at the size limits: 2,000 paragraphs, 2,000 footnotes, 1,000 plan points, each paragraph 400 characters';
      const costly: [string, () => ReturnType<typeof call>][] = [
        ['a 5 KB quote not found in 20,000 characters', subamend],
        ['three of them at once', async () => (await Promise.all([subamend(), subamend(), subamend()])).sort((a, b) => b.ms - a.ms)[0]],
        // Found by the attack session: trailing-join patterns retried from every space of a long run (before the imports, which supersede the decision).
        [
          'a new clause with 20,000 ideographic spaces',
          () =>
            call(`/decisions/${decisionId}/amendments`, {
              method: 'POST',
              token: wkr,
              body: JSON.stringify({ op: { kind: 'add_clause', text: `x${'\u3000'.repeat(19_998)}y` }, rationale: 'r' }),
            }),
        ],
        ['an import with a 100 KB appendix row', () => importOf(`${SEED_TEXT}\n1 ${'a'.repeat(100_000)}\tb\tc\td`)],
        ['an import of 20,000 continuation lines', () => importOf(`${head}\n1. Start\n${Array(20_000).fill('of the plan').join('\n')}`)],
        ['an import at the 1 MB limit', () => importOf(`${head}\n1. Start\n${Array(95_000).fill('the plan').join('\n')}`)],
        ['an import of 100 KB of stars', () => importOf(`${head}\n1. Start ${'*'.repeat(100_000)}x`)],
        ['an import with a line of 60,000 spaces', () => importOf(`${' '.repeat(60_000)}x\n${SEED_TEXT}`)],
        // Found by the second attack session: one sentence naming thousands of addressed objectives was quoted in each of their rows (876 MB at 12,000).
        ['an import whose sentences name 500 addressed objectives, five times each', () => importOf(namingObjectives(500, 5))],
        ['an import of 12,000 linkage rows (over the limit)', () => importOf(namingObjectives(12_000, 1))],
        [AT_LIMITS, () => atSize(2_000)],
      ];
      for (const [name, send] of costly) {
        const r = await send();
        // The largest document the limits let in is real work, done in proportion to its size: held to that (below) and to 3 s, not to 1 s.
        const bound = name === AT_LIMITS ? 3000 : 1000;
        figure(
          `cost: ${name}: answered (ms)`,
          `${Math.round(r.ms)} (${r.status} ${r.body?.code ?? ''})`.trim(),
          `<= ${bound}, not 5xx`,
          r.ms <= bound && r.status < 500,
        );
        // A refusal is small whatever was sent; an import that succeeds answers the document it read, in proportion to it.
        if (r.status >= 400) figure(`cost: ${name}: refusal size (bytes)`, r.bytes, '< 64 KB', r.bytes < 64 * 1024);
        else figure(`cost: ${name}: answer size / request size`, (r.bytes / r.sent).toFixed(2), '<= 10', r.bytes <= 10 * r.sent);
      }
      const settle = async () => {
        await new Promise((r) => setTimeout(r, 2_000));
        return rss();
      };
      const afterFirst = await settle();
      // The same twice more: V8 grows its heap to the work's size over the first passes and then reuses it, so
      // memory that the third pass adds to the second's is what a pass keeps.
      const again = async () => {
        for (const [, send] of costly) expect((await send()).status).toBeLessThan(500);
        return settle();
      };
      const afterSecond = await again();
      const afterThird = await again();
      // The same shape at a quarter of the size, each three times in turn once warm: what grows faster than the document shows here.
      const times = { quarter: [] as number[], full: [] as number[] };
      for (let i = 0; i < 3; i++) {
        times.quarter.push((await atSize(500)).ms);
        times.full.push((await atSize(2_000)).ms);
      }
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1];
      const scale = median(times.full) / median(times.quarter);
      figure(
        'cost: an import at the size limits against one of a quarter its size (time ratio, medians of 3)',
        `${scale.toFixed(2)} (${Math.round(median(times.full))} ms against ${Math.round(median(times.quarter))} ms)`,
        '<= 6 (the input 4×)',
        scale <= 6,
      );
      polling = false;
      await poller;
      const worst = Math.round(Math.max(...health));
      figure('cost: slowest /health while they ran (ms)', `${worst} of ${health.length} polls`, '<= 500', worst <= 500);
      figure(
        'cost: server memory after a third pass (MB)',
        `${Math.round(afterThird)} (after the second ${Math.round(afterSecond)}, the first ${Math.round(afterFirst)}, before them ${Math.round(before)})`,
        '<= the second pass + 50',
        afterThird <= afterSecond + 50,
      );
    } finally {
      await stopServer(server);
    }
  });
});
