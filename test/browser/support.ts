import fs from 'node:fs';
import path from 'node:path';
import { type APIRequestContext, type BrowserContext, expect, type Page } from '@playwright/test';

/** The demo principals' tokens, as the app printed and kept them at its first start (serve.mjs). */
type Token = { role: string; groupCode: string | null; token: string };
export const token = (role: string, group: string | null = null) =>
  (JSON.parse(fs.readFileSync(path.join(process.env.GBDW_BROWSER_DATA!, 'demo-tokens.json'), 'utf8')) as Token[]).find((t) => t.role === role && t.groupCode === group)!.token;

/** A page signed in through the printed link (the token in the fragment), collecting console errors. */
export async function signedIn(context: BrowserContext, role: string, group: string | null, errors: string[]): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(`${page.url()}: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  await page.goto(`/sign-in#token=${token(role, group)}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Session home' })).toBeVisible();
  return page;
}

/** A workflow event over the API with the entity's current version; it must succeed. */
export async function event(request: APIRequestContext, who: string, url: string, type: string, extra: object = {}) {
  const auth = { Authorization: `Bearer ${who}` };
  const current = await (await request.get(url.replace(/\/events$/, ''), { headers: auth })).json();
  const res = await request.post(url, { headers: auth, data: { type, expectedVersion: current.version, ...extra } });
  expect(res.status(), `${type} on ${url}: ${await res.text()}`).toBe(200);
}

/** The seed's draft decision, published. */
export async function publishedDecision(request: APIRequestContext): Promise<{ decisionId: string; documentId: string }> {
  const auth = { Authorization: `Bearer ${token('secretariat')}` };
  const docs = await (await request.get('/documents', { headers: auth })).json();
  const detail = await (await request.get(`/documents/${docs[0].id}`, { headers: auth })).json();
  const decisionId = detail.decisions[0].id as string;
  if (detail.decisions[0].state === 'drafting') await event(request, token('secretariat'), `/decisions/${decisionId}/events`, 'PUBLISH');
  return { decisionId, documentId: docs[0].id };
}
