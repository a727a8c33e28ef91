import fs from 'node:fs';
import path from 'node:path';
import { parseGbDocument } from '@gbdw/gb-document';
import { expect, test } from '@playwright/test';
import { figure, javascriptLoaded, publishedDecision, signedIn, token } from '../test/browser/support.js';

const SEED = path.join(import.meta.dirname, '..', 'apps', 'api', 'data', 'GB.335-POL-1(Rev.).txt');

/**
 * `npm run bench:web`: the web app's budget, measured in headless Chromium against the
 * real app here, each figure printed and asserted against its goal:
 * JavaScript for the first page ≤ 200 KB gzip (every script it loads, the lazy route's too); the decision workspace with 200 amendments
 * interactive ≤ 1 s; an action in one browser visible in another ≤ 1 s; the plan review board
 * with 500 points and 5,000 statements interactive ≤ 1 s.
 */
test('the web app within its budget', async ({ browser, request }) => {
  test.setTimeout(180_000);
  const first = await browser.newContext();
  const home = await signedIn(first, 'member', 'WKR', []);
  figure('web budget: JavaScript for the first page (session home), gzip', await javascriptLoaded(home, '/'), 'KB', 200);
  await first.close();

  // 200 amendments: ten delegates of each of two groups, ten on each clause (the per-member cap).
  const { decisionId } = await publishedDecision(request);
  const secretariat = { Authorization: `Bearer ${token('secretariat')}` };
  const members: string[] = [];
  for (let i = 0; i < 10; i++) {
    const res = await request.post('/members', { headers: secretariat, data: { name: `Delegate ${i}`, role: 'member', groupCode: i % 2 ? 'WKR' : 'EMP' } });
    members.push((await res.json()).token);
  }
  const words = ['continued', 'priorities', 'Organization', 'labour', 'migration', 'support', 'implementation', 'Global', 'Compact', 'Regular'];
  const filings = members.flatMap((m, i) =>
    ['(a)', '(b)'].flatMap((clause) =>
      words.map((w, k) => ({
        m,
        body: { clause, op: { kind: 'insert', after: clause === '(a)' ? w : 'partnerships', text: `variant ${i}-${k}` }, rationale: 'Budget.' },
      })),
    ),
  );
  for (let i = 0; i < filings.length; i += 10) {
    await Promise.all(
      filings
        .slice(i, i + 10)
        .map(({ m, body }) =>
          request
            .post(`/decisions/${decisionId}/amendments`, { headers: { Authorization: `Bearer ${m}` }, data: body })
            .then((r) => expect(r.status()).toBe(201)),
        ),
    );
  }

  const errors: string[] = [];
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await signedIn(context, 'member', 'AFRICA', errors);
  const runs: number[] = [];
  for (let run = 0; run < 3; run++) {
    await page.goto(`/workspace/${decisionId}`);
    await page.getByRole('article').nth(199).waitFor();
    // From navigation start until the 200th amendment is drawn and its actions answer.
    await page.getByRole('article').nth(199).getByRole('button', { name: 'Support', exact: true }).waitFor();
    runs.push(Math.round(await page.evaluate(() => performance.now())));
  }
  figure('workspace with 200 amendments interactive (median of 3)', runs.sort((a, b) => a - b)[1], 'ms', 1000);

  // An action in one browser, seen in another.
  const other = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const watcher = await signedIn(other, 'member', 'GOV', errors);
  await watcher.goto(`/workspace/${decisionId}`);
  await watcher.getByRole('article').nth(199).waitFor();
  const target = page.getByRole('article').first();
  const seen = watcher.getByRole('article').first().getByText('Supported by AFRICA');
  const t0 = Date.now();
  await target.getByRole('button', { name: 'Support', exact: true }).click();
  await seen.waitFor({ timeout: 10_000 });
  figure('an action in one browser visible in another', Date.now() - t0, 'ms', 1000);
  expect(errors).toEqual([]);
  await context.close();
  await other.close();
});

test('the plan review board with 500 points and 5,000 statements', async ({ browser, request }) => {
  test.setTimeout(300_000);
  // A plan of its own: the seed under another symbol, its paragraphs 1–25 citing 20 new points each.
  const lines = fs.readFileSync(SEED, 'utf8').replaceAll('GB.335/POL/1', 'GB.335/POL/99').split('\n');
  let next = 1000;
  // The paragraphs' first lines, as the parser finds them (not the numbered objectives in the box).
  const starts = new Set(
    parseGbDocument(lines.join('\n'))
      .paragraphs.filter((p) => p.number <= 25)
      .map((p) => p.line - 1),
  );
  const text = lines
    .map((line, i) => {
      if (!starts.has(i)) return line;
      const cited = Array.from({ length: 20 }, () => `point ${next++}`);
      return `${line} It also concerns ${cited.join(', ')}.`;
    })
    .join('\n');
  const secretariat = { Authorization: `Bearer ${token('secretariat')}` };
  const imported = await request.post('/documents/import', { headers: { ...secretariat, 'content-type': 'text/plain' }, data: text });
  expect(imported.status(), await imported.text()).toBe(201);
  const points = (await (await request.get('/plan/points?plan=GB.335/POL/99', { headers: secretariat })).json()) as { code: string }[];
  expect(points.filter((p) => Number(p.code) >= 1000)).toHaveLength(500);

  // 5,000 statements, ten on each new point, from twenty delegates of the eight groups.
  const groups = ['EMP', 'WKR', 'GOV', 'AFRICA', 'ASPAG', 'GRULAC', 'IMEC', 'EEG'];
  const authors = await Promise.all(
    Array.from(
      { length: 20 },
      async (_, i) =>
        (await (await request.post('/members', { headers: secretariat, data: { name: `Board ${i}`, role: 'member', groupCode: groups[i % 8] } })).json())
          .token as string,
    ),
  );
  const posts = Array.from({ length: 5000 }, (_, i) => ({ who: authors[i % 20], point: String(1000 + (i % 500)) }));
  for (let i = 0; i < posts.length; i += 25) {
    await Promise.all(
      posts.slice(i, i + 25).map(({ who, point }) =>
        request
          .post('/statements', {
            headers: { Authorization: `Bearer ${who}` },
            data: { target: { type: 'plan_point', id: point }, body: `Guidance on point ${point}.` },
          })
          .then((r) => expect(r.status()).toBe(201)),
      ),
    );
  }

  const errors: string[] = [];
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await signedIn(context, 'chair', null, errors);
  const runs: number[] = [];
  for (let run = 0; run < 3; run++) {
    await page.goto('/plan');
    // From navigation start until the last point is drawn with its counts and the status filters answer.
    await page
      .getByRole('row', { name: /^1499 / })
      .getByText(/EEG \d+|AFRICA \d+|EMP \d+/)
      .first()
      .waitFor();
    await page.getByRole('button', { name: /^adjusted: \d+$/ }).waitFor();
    runs.push(Math.round(await page.evaluate(() => performance.now())));
  }
  figure('plan board with 500 points and 5,000 statements interactive (median of 3)', runs.sort((a, b) => a - b)[1], 'ms', 1000);
  expect(errors).toEqual([]);
  await context.close();
});
