import fs from 'node:fs';
import path from 'node:path';
import { type APIRequestContext, expect } from '@playwright/test';
import { event, publishedDecision, token } from './support.js';

const SEED = path.join(import.meta.dirname, '../../apps/api/data/GB.335-POL-1(Rev.).txt');
const auth = () => ({ Authorization: `Bearer ${token('secretariat')}` });

/**
 * The demo decision of a test's own, in its three languages: the seed imported again as the next
 * revision (publishedDecision), then its French and Spanish versions, shipped beside the seed,
 * through the import a secretariat uses.
 */
export async function decisionInThreeLanguages(request: APIRequestContext) {
  const published = await publishedDecision(request);
  for (const lang of ['fr', 'es']) {
    const text = fs.readFileSync(SEED.replace(/\.txt$/, `.${lang}.txt`), 'utf8').replaceAll('GB.335/POL/1(Rev.)', published.symbol);
    const res = await request.put(`/documents/${published.documentId}/versions/${lang}`, {
      headers: { ...auth(), 'content-type': 'text/plain' },
      data: text,
    });
    expect(res.status(), `${lang} version: ${await res.text()}`).toBeLessThan(300);
  }
  return published;
}

/** The secretariat writes an amendment's version in another language (an operation on that language's text). */
export async function writeVersion(request: APIRequestContext, amendmentId: string, lang: string, op: object) {
  const res = await request.put(`/amendments/${amendmentId}/versions/${lang}`, { headers: auth(), data: { op, expectedVersion: 0 } });
  expect(res.status(), `${lang} version of ${amendmentId}: ${await res.text()}`).toBe(200);
}

/** The secretariat verifies every written version of an amendment, each with the version it read. */
export async function verifyVersions(request: APIRequestContext, amendmentId: string) {
  const a = await (await request.get(`/amendments/${amendmentId}`, { headers: auth() })).json();
  for (const v of a.versions as { lang: string; status: string; version: number }[]) {
    if (v.status !== 'translated') continue;
    const res = await request.post(`/amendments/${amendmentId}/versions/${v.lang}/verify`, { headers: auth(), data: { expectedVersion: v.version } });
    expect(res.status(), `verifying ${v.lang} of ${a.number}: ${await res.text()}`).toBe(200);
  }
}

/** One amendment of the decision, by number, as the secretariat reads it. */
export async function amendmentNumbered(request: APIRequestContext, decisionId: string, number: string) {
  const list = (await (await request.get(`/amendments?decision=${decisionId}`, { headers: auth() })).json()) as { id: string; number: string }[];
  const a = list.find((x) => x.number === number);
  expect(a, `${number} among ${list.map((x) => x.number).join(', ')}`).toBeTruthy();
  return a!;
}

/** The Chair opens the item, takes up the draft, adopts each amendment in the order given (taken up first), then the decision. */
export async function chairAdopts(request: APIRequestContext, decisionId: string, amendmentIds: string[]) {
  const steps: [string, string][] = [
    ['decisions', 'OPEN_ITEM'],
    ['decisions', 'TAKE_UP_DRAFT'],
  ];
  const on = (kind: string, id: string) => `/${kind}/${id}/events`;
  for (const [kind, type] of steps) await event(request, token('chair'), on(kind, decisionId), type);
  for (const id of amendmentIds) for (const type of ['TAKE_UP', 'ADOPT']) await event(request, token('chair'), on('amendments', id), type);
  await event(request, token('chair'), on('decisions', decisionId), 'ADOPT');
}
