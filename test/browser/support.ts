import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { AxeBuilder } from '@axe-core/playwright';
import { type APIRequestContext, type BrowserContext, expect, type Page, type Response } from '@playwright/test';

/** The demo principals' tokens, as the app printed and kept them at its first start (serve.mjs). */
type Token = { role: string; groupCode: string | null; token: string };
export const token = (role: string, group: string | null = null) =>
  (
    JSON.parse(
      fs.readFileSync(
        path.join(process.env.GBDW_BROWSER_DATA!, fs.readdirSync(process.env.GBDW_BROWSER_DATA!).find((f) => /^demo-tokens\..+\.json$/.test(f))!),
        'utf8',
      ),
    ) as Token[]
  ).find((t) => t.role === role && t.groupCode === group)!.token;

/** A page signed in through the printed link (the token in the fragment), collecting console errors. */
export async function signedIn(context: BrowserContext, role: string, group: string | null, errors: string[]): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(`${page.url()}: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  await page.goto(`/sign-in#token=${token(role, group)}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Session home' })).toBeVisible();
  return page;
}

/** An amendment filed by a member of `group` over the API (as its filing page would); it must be filed. */
export async function fileAmendment(request: APIRequestContext, decisionId: string, group: string, body: object) {
  const res = await request.post(`/decisions/${decisionId}/amendments`, { headers: { Authorization: `Bearer ${token('member', group)}` }, data: body });
  expect(res.status(), await res.text()).toBe(201);
  return res.json();
}

/** Two amendments by two groups replacing the same word of clause (a), circulated: adopting the first makes the second fall. */
export async function competingAmendments(request: APIRequestContext, decisionId: string, [one, other]: [string, string]) {
  const first = await fileAmendment(request, decisionId, one, {
    clause: '(a)',
    op: { kind: 'replace', find: 'continued', with: 'continues' },
    rationale: 'Tense.',
  });
  const second = await fileAmendment(request, decisionId, other, {
    clause: '(a)',
    op: { kind: 'replace', find: 'continued', with: 'has continued' },
    rationale: 'Aspect.',
  });
  for (const a of [first, second]) await event(request, token('secretariat'), `/amendments/${a.id}/events`, 'CIRCULATE');
  return [first, second];
}

/** A workflow event over the API with the entity's current version; it must succeed. */
export async function event(request: APIRequestContext, who: string, url: string, type: string, extra: object = {}) {
  const auth = { Authorization: `Bearer ${who}` };
  const current = await (await request.get(url.replace(/\/events$/, ''), { headers: auth })).json();
  const res = await request.post(url, { headers: auth, data: { type, expectedVersion: current.version, ...extra } });
  expect(res.status(), `${type} on ${url}: ${await res.text()}`).toBe(200);
}

/**
 * The list of speakers of the latest revision's decision emptied: a revision carries its decision's list to the
 * next, and each test starts with a list of its own.
 */
async function emptyLatestList(request: APIRequestContext, docs: { id: string; revision: number }[]): Promise<void> {
  const latest = docs.reduce<{ id: string; revision: number } | null>((a, d) => (a && a.revision > d.revision ? a : d), null);
  if (!latest) return;
  const chair = { Authorization: `Bearer ${token('chair')}` };
  const detail = (await (await request.get(`/documents/${latest.id}`, { headers: chair })).json()) as { decisions: { id: string }[] };
  for (const { id } of detail.decisions) {
    const list = await (await request.get(`/decisions/${id}/speakers`, { headers: chair })).json();
    const done = [...(list.speaking ? [[list.speaking, 'chair', 'CLOSE_FLOOR']] : []), ...list.waiting.map((e: object) => [e, 'secretariat', 'WITHDRAW'])];
    for (const [e, who, type] of done as [{ id: string; version: number }, string, string][]) {
      const res = await request.post(`/speakers/${e.id}/events`, {
        headers: { Authorization: `Bearer ${token(who)}` },
        data: { type, expectedVersion: e.version },
      });
      expect(res.status(), await res.text()).toBe(200);
    }
  }
}

/**
 * A draft decision of its own for each test, published: the seed imported again as the next
 * revision (GB.335/POL/1(Rev.2), (Rev.3)…), which supersedes the one before, with an empty list of speakers.
 */
export async function publishedDecision(request: APIRequestContext): Promise<{ decisionId: string; documentId: string; symbol: string }> {
  const auth = { Authorization: `Bearer ${token('secretariat')}` };
  const seed = fs.readFileSync(path.join(import.meta.dirname, '../../apps/api/data/GB.335-POL-1(Rev.).txt'), 'utf8');
  const docs = (await (await request.get('/documents', { headers: auth })).json()) as { id: string; revision: number }[];
  await emptyLatestList(request, docs);
  const symbol = `GB.335/POL/1(Rev.${Math.max(...docs.map((d) => d.revision)) + 1})`;
  const res = await request.post('/documents/import', { headers: { ...auth, 'content-type': 'text/plain' }, data: seed.replace('GB.335/POL/1(Rev.)', symbol) });
  expect(res.status(), await res.text()).toBe(201);
  const doc = await res.json();
  const decisionId = doc.decisions[0].id as string;
  await event(request, token('secretariat'), `/decisions/${decisionId}/events`, 'PUBLISH');
  return { decisionId, documentId: doc.id, symbol };
}

/** The JavaScript a page loads in KB, gzipped at level 9: every script, modulepreload and lazy route chunk the browser fetched. */
export async function javascriptLoaded(page: Page, url: string): Promise<number> {
  const bodies: Promise<Buffer>[] = [];
  const onResponse = (r: Response) => {
    if (new URL(r.url()).pathname.endsWith('.js') && r.status() === 200) bodies.push(r.body());
  };
  page.on('response', onResponse);
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  const bytes = (await Promise.all(bodies)).reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
  return Math.round(bytes / 1024);
}

/** A figure of a suite: printed with its goal, and asserted against it. */
export function figure(name: string, value: number, unit: string, goal: number): void {
  process.stdout.write(`${value <= goal ? 'PASS' : 'FAIL'} ${name}: ${value} ${unit} (goal <= ${goal})\n`);
  expect(value, name).toBeLessThanOrEqual(goal);
}

/** axe on the page as it is: WCAG 2.2 AA and axe's best practices (heading order, one main, one h1…), none violated. */
export async function axe(page: Page, where = page.url()) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  expect(violations.map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Paragraph 26 of the seed's French or Spanish version: its chapeau and its clauses, without labels or joins. */
export function seedDecisionIn(lang: 'fr' | 'es'): { chapeau: string; clauses: string[] } {
  const lines = fs.readFileSync(path.join(import.meta.dirname, `../../apps/api/data/GB.335-POL-1(Rev.).${lang}.txt`), 'utf8').split('\n');
  const at = lines.findIndex((l) => l.startsWith('26. '));
  const clauses = lines
    .slice(at + 1)
    .filter((l) => /^- [a-z]\) \*/.test(l))
    .slice(0, 2)
    .map((l) =>
      l
        .replace(/^- [a-z]\) \*/, '')
        .replace(/(?:[;,](?: (?:y|et))?)?\*$/, '')
        .replace(/\.$/, ''),
    );
  return { chapeau: lines[at].replace(/^26\. \*/, '').replace(/\*$/, ''), clauses };
}

/**
 * The decision entered in French and Spanish as the secretariat enters it (PUT /decisions/{id}/versions/{lang}), from the
 * seed's versions, so it is kept in three languages.
 */
export async function inThreeLanguages(request: APIRequestContext, decisionId: string, langs: ('fr' | 'es')[] = ['fr', 'es']) {
  const auth = { Authorization: `Bearer ${token('secretariat')}` };
  for (const lang of langs) {
    const res = await request.put(`/decisions/${decisionId}/versions/${lang}`, { headers: auth, data: seedDecisionIn(lang) });
    expect(res.status(), await res.text()).toBe(200);
  }
}

/**
 * An amendment's version in French or Spanish, written by the secretariat as that language's drafter writes it (over the
 * API, with the version read), and verified when asked: what the translations page does, for tests about something else.
 */
export async function translated(request: APIRequestContext, amendmentId: string, versions: Partial<Record<'fr' | 'es', string>>, verify = true) {
  const auth = { Authorization: `Bearer ${token('secretariat')}` };
  for (const [lang, instruction] of Object.entries(versions)) {
    const read = async () =>
      ((await (await request.get(`/amendments/${amendmentId}`, { headers: auth })).json()).versions as { lang: string; version: number }[]).find(
        (v) => v.lang === lang,
      )?.version ?? 0;
    const written = await request.put(`/amendments/${amendmentId}/versions/${lang}`, { headers: auth, data: { instruction, expectedVersion: await read() } });
    expect(written.status(), await written.text()).toBe(200);
    if (!verify) continue;
    const verified = await request.post(`/amendments/${amendmentId}/versions/${lang}/verify`, { headers: auth, data: { expectedVersion: await read() } });
    expect(verified.status(), await verified.text()).toBe(200);
  }
}

/** A passkey authenticator for the page's browser: Chromium's virtual one, standing in for a device's screen lock. */
export async function withPasskeyAuthenticator(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
}
