/// <reference lib="dom" />
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { axe, event, fileAmendment, inThreeLanguages, publishedDecision, token } from './support.js';

/**
 * Every page in French and in Spanish, with no word of the interface left in English. What is not
 * the interface's is marked as such and left out: the Office's texts and the amendments' words in
 * their own language (`lang="en"`), and what people wrote or are called (`translate="no"`).
 *
 * The interface's English: every word of the English catalogue that neither the French nor the
 * Spanish catalogue uses (so "plan", "document" or "session", French words too, are not counted).
 */
type Catalogue = Record<string, string>;
// The web app's own catalogues, as its sources hold them (read here, not type-checked with the tests).
const catalogue = async (l: string): Promise<Catalogue> => (await import(`../../apps/web/src/i18n/messages.${l}.ts`))[l];
const [en, fr, es] = await Promise.all(['en', 'fr', 'es'].map(catalogue));
const words = (catalogue: Catalogue) => new Set(Object.values(catalogue).flatMap((v) => v.toLowerCase().match(/\p{L}{3,}/gu) ?? []));
const ENGLISH = ((translated) => [...words(en)].filter((w) => !translated.has(w)))(new Set([...words(fr), ...words(es)]));
const ENGLISH_WORD = new RegExp(`(?<!\\p{L})(${ENGLISH.join('|')})(?!\\p{L})`, 'giu');

/** The words a reader of the page sees, less what is marked as not the interface's. */
async function interfaceWords(page: Page): Promise<string> {
  return page.evaluate(() => {
    const skip = (el: Element | null): boolean =>
      // The language an element is in is its nearest `lang` (a word of the interface inside an Office text is checked).
      // An Office text in the page's language is the Office's words, not the interface's ("main-d’œuvre" is French).
      !!el?.closest('[translate="no"], .number, script, style, .office-text[lang]') ||
      (el?.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang) !== document.documentElement.lang;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const out: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || skip(el) || !el.checkVisibility()) continue;
      out.push(n.textContent ?? '');
    }
    // Labels read by screen readers count too.
    for (const el of document.querySelectorAll('[aria-label]')) if (!skip(el)) out.push(el.getAttribute('aria-label') ?? '');
    return out.join(' ');
  });
}

async function inLanguage(context: BrowserContext, language: string, role: string, group: string | null): Promise<Page> {
  await context.addInitScript((l) => localStorage.setItem('gbdw.language', l), language);
  const page = await context.newPage();
  await page.goto(`/sign-in#token=${token(role, group)}`);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  return page;
}

for (const language of ['fr', 'es']) {
  test(`every page in ${language}: no interface word left in English`, async ({ browser, request }) => {
    // Every page of the sitting, each read word by word and checked by axe: a walk, not a timing.
    test.setTimeout(180_000);
    const { decisionId, documentId } = await publishedDecision(request);
    // In three languages, so every reader's note, status label and translation column is on the pages visited.
    await inThreeLanguages(request, decisionId);
    const file = (group: string, body: object) => fileAmendment(request, decisionId, group, body);
    const wkr = await file('WKR', { clause: '(b)', op: { kind: 'replace', find: 'further', with: 'further and better' }, rationale: 'Plus clair.' });
    const emp = await file('EMP', { clause: '(a)', op: { kind: 'replace', find: 'continued', with: 'continues' }, rationale: 'Temps.' });
    const sub = await request.post(`/amendments/${wkr.id}/subamendments`, {
      headers: { Authorization: `Bearer ${token('member', 'EMP')}` },
      data: { op: { kind: 'replace', find: 'better', with: 'stronger' }, rationale: 'Plus fort.' },
    });
    expect(sub.status()).toBe(201);
    await event(request, token('member', 'AFRICA'), `/amendments/${wkr.id}/events`, 'SUPPORT');

    const left: string[] = [];
    const visit = async (page: Page, path: string) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      const words = await interfaceWords(page);
      // Each word with a little of what surrounds it, to find where it is.
      const found = [...words.matchAll(ENGLISH_WORD)].map((m) => words.slice(Math.max(0, m.index - 25), m.index + 25).replace(/\s+/g, ' '));
      if (found.length) left.push(`${path}: ${[...new Set(found)].join(' | ')}`);
      await axe(page);
    };
    const member = await inLanguage(await browser.newContext(), language, 'member', 'WKR');
    for (const path of [
      '/',
      `/read/${documentId}`,
      `/workspace/${decisionId}`,
      `/workspace/${decisionId}/text`,
      '/plan',
      '/points/16',
      `/amendment-list/${decisionId}`,
      `/outcome/${documentId}`,
      '/desk',
    ])
      await visit(member, path);
    const chair = await inLanguage(await browser.newContext(), language, 'chair', null);
    for (const path of ['/chair', `/chair/${decisionId}`, '/trail']) await visit(chair, path);
    const secretariat = await inLanguage(await browser.newContext(), language, 'secretariat', null);
    for (const path of ['/desk', '/desk/members', `/desk/amendments/${decisionId}`, `/decisions/${decisionId}/translations`, '/trail'])
      await visit(secretariat, path);
    // Withdrawn, so that the next test's revision carries nothing of this one (before the check: a failure here must not spill into the next file).
    for (const [group, a] of [
      ['EMP', await sub.json()],
      ['WKR', wkr],
      ['EMP', emp],
    ] as const)
      await event(request, token('member', group), `/amendments/${a.id}/events`, 'WITHDRAW');
    expect(left).toEqual([]);
  });
}
