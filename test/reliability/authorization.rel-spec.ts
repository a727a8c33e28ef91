import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PROJECT_ROOT } from '../../apps/api/src/config/app-config.js';
import { SignInLinksService } from '../../apps/api/src/invitations/sign-in-links.service.js';
import { figure } from '../support/scorecard.js';
import { type Cast, cast, importSeed, SEED_TEXT, step } from '../support/seeded.js';
import { bearer, startTestApp, type TestApp } from '../support/test-app.js';

type Who = 'none' | 'badToken' | 'observer' | 'emp' | 'wkr' | 'chair' | 'secretariat';
/** The seed's French version (written for the project): what a secretariat imports beside the original. */
const FRENCH = fs.readFileSync(path.join(PROJECT_ROOT, 'apps/api/data/GB.335-POL-1(Rev.).fr.txt'), 'utf8');
const EVERYONE: Who[] = ['none', 'badToken', 'observer', 'emp', 'wkr', 'chair', 'secretariat'];

interface Example {
  /** Those docs/permissions.md lets through (the rest get 401 or 403; a public route lets everyone through). WKR owns the amendment and adjustment. */
  allowed: Who[];
  body?: () => unknown;
  contentType?: string;
}

describe('authorization matrix and mass assignment, over every write route of the OpenAPI route table', () => {
  let t: TestApp;
  let c: Cast;
  const ids: Record<string, string> = {};
  /** One-time links, one for each request that uses one. */
  let links: string[] = [];
  const tokens = () =>
    ({ badToken: `gbdw_${'x'.repeat(43)}`, observer: c.observer, emp: c.emp, wkr: c.wkr, chair: c.chair, secretariat: c.secretariat }) as Record<
      string,
      string
    >;

  // One example per write route; a route without one fails the suite, so none is missed.
  const EXAMPLES: Record<string, Example> = {
    'POST /members': { allowed: ['secretariat'], body: () => ({ name: 'New delegate', role: 'observer' }) },
    'POST /members/{id}/disable': { allowed: ['secretariat'] },
    'PATCH /members/{id}': { allowed: ['secretariat'], body: () => ({ name: 'Renamed', email: 'victim@example.org' }) },
    'POST /members/import': {
      allowed: ['secretariat'],
      body: () => 'name,email,role,group,country,standing,language\nMs Imported,imported@example.org,adviser,WKR,,,fr\n',
      contentType: 'text/csv',
    },
    'POST /members/{id}/invitation': { allowed: ['secretariat'] },
    'POST /members/invitations': { allowed: ['secretariat'] },
    // Public: the same answer for any address; the work is done after it.
    'POST /auth/sign-in-link': { allowed: EVERYONE, body: () => ({ email: 'victim@example.org' }) },
    // Public: a link from a mail, each used once.
    'POST /auth/link-session': { allowed: EVERYONE, body: () => ({ link: links.pop() }) },
    'POST /documents/import': {
      allowed: ['secretariat'],
      body: () => SEED_TEXT.replace('GB.335/POL/1(Rev.)', `GB.335/POL/1(Rev.${Math.floor(Math.random() * 1e6) + 2})`),
      contentType: 'text/plain',
    },
    'PUT /sessions/{number}/sitting': { allowed: ['secretariat'], body: () => ({ sittingAt: '2030-01-01T10:00:00Z' }) },
    'POST /decisions/{id}/events': { allowed: ['chair'], body: () => ({ type: 'OPEN_ITEM', expectedVersion: 2 }) },
    'POST /decisions/{id}/amendments': {
      allowed: ['emp', 'wkr', 'secretariat'],
      body: () => ({ clause: '(a)', op: { kind: 'delete', find: 'indicated' }, rationale: 'r' }),
    },
    'POST /amendments/{id}/subamendments': {
      allowed: ['emp', 'wkr', 'secretariat'],
      body: () => ({ op: { kind: 'replace', find: 'its constituents', with: 'constituents' }, rationale: 'r' }),
    },
    'POST /amendments/{id}/events': { allowed: ['wkr'], body: () => ({ type: 'WITHDRAW', expectedVersion: 1 }) },
    'POST /adjustments/{id}/amendments': {
      allowed: ['emp', 'wkr', 'secretariat'],
      body: () => ({ op: { kind: 'insert', after: 'Network', text: ' now' }, rationale: 'r' }),
    },
    'POST /adjustments/{id}/events': { allowed: ['wkr'], body: () => ({ type: 'WITHDRAW', expectedVersion: 1 }) },
    'POST /plan/points/{code}/events': { allowed: ['secretariat'], body: () => ({ type: 'FLAG_FOR_REVIEW', expectedVersion: 1 }) },
    'POST /plan/points/{code}/adjustments': { allowed: ['emp', 'wkr', 'secretariat'], body: () => ({ kind: 'maintain', rationale: 'r' }) },
    'POST /auth/session': { allowed: EVERYONE, body: () => ({ token: c.observer }) },
    // Public: names a token's holder and writes nothing.
    'POST /auth/token-holder': { allowed: EVERYONE, body: () => ({ token: c.observer }) },
    'DELETE /auth/session': { allowed: ['observer', 'emp', 'wkr', 'chair', 'secretariat'] },
    // One's own sessions, passkeys and API tokens: anyone signed in (another person's are not found).
    'DELETE /auth/sessions': { allowed: ['observer', 'emp', 'wkr', 'chair', 'secretariat'] },
    'DELETE /auth/sessions/{id}': { allowed: ['observer', 'emp', 'wkr', 'chair', 'secretariat'] },
    'POST /members/{id}/sessions/end': { allowed: ['secretariat'] },
    'POST /auth/passkeys/registration-options': { allowed: ['observer', 'emp', 'wkr', 'chair', 'secretariat'] },
    // A made-up answer: refused as malformed (400) by those allowed.
    'POST /auth/passkeys': { allowed: ['observer', 'emp', 'wkr', 'chair', 'secretariat'], body: () => ({ credential: { id: 'x' } }) },
    'DELETE /auth/passkeys/{id}': { allowed: ['observer', 'emp', 'wkr', 'chair', 'secretariat'] },
    // Public: a passkey sign-in names no one before it is checked.
    'POST /auth/passkey/options': { allowed: EVERYONE },
    'POST /auth/passkey': { allowed: EVERYONE, body: () => ({ credential: { id: 'x' } }) },
    'POST /auth/api-tokens': { allowed: ['observer', 'emp', 'wkr', 'chair', 'secretariat'], body: () => ({ name: 'Script' }) },
    'DELETE /auth/api-tokens/{id}': { allowed: ['observer', 'emp', 'wkr', 'chair', 'secretariat'] },
    'POST /statements': { allowed: ['emp', 'wkr'], body: () => ({ target: { type: 'plan_point', id: ids.point }, body: 'b' }) },
    'PUT /documents/{id}/versions/{lang}': { allowed: ['secretariat'], body: () => FRENCH, contentType: 'text/plain' },
    'PUT /decisions/{id}/versions/{lang}': {
      allowed: ['secretariat'],
      body: () => ({ chapeau: 'Le Conseil d’administration:', clauses: ['a indiqué que le plan', 'a invité le Directeur général'] }),
    },
    // The mover's side (the Workers) proposes a version; the secretariat writes and verifies.
    'PUT /amendments/{id}/versions/{lang}': {
      allowed: ['wkr', 'secretariat'],
      body: () => ({ op: { kind: 'insert', after: 'le plan', text: 'et ses mandants' }, expectedVersion: 0 }),
    },
    'POST /amendments/{id}/versions/{lang}/verify': { allowed: ['secretariat'], body: () => ({ expectedVersion: 1 }) },
    'PUT /decisions/{id}/consideration': { allowed: ['chair'], body: () => ({ amendmentIds: [ids.amendment], expectedVersion: 0 }) },
    // The Employers' spokesperson asks for the Employers; the Workers' member (another group), the observer (not as an observer) and the Chair are refused.
    'POST /decisions/{id}/speakers': {
      allowed: ['emp', 'secretariat'],
      body: () => ({ speakerName: 'Mr E. Spokes', category: 'employers', groupCode: 'EMP' }),
    },
    'PUT /decisions/{id}/speakers/order': { allowed: ['secretariat'], body: () => ({ speakerIds: [ids.speaker], expectedVersion: 1 }) },
    'PUT /decisions/{id}/speakers/settings': {
      allowed: ['secretariat'],
      body: () => ({ employersFirst: false, speakingTimeSeconds: 120, expectedVersion: 1 }),
    },
    'POST /speakers/{id}/events': { allowed: ['chair'], body: () => ({ type: 'GIVE_FLOOR', expectedVersion: 1 }) },
    // A read-only observer for the room's public screen.
    'POST /room/{id}/screen-links': { allowed: ['secretariat'] },
  };

  async function routes(): Promise<{ method: string; path: string }[]> {
    const doc = (await t.http().get('/docs-json')).body as { paths: Record<string, Record<string, unknown>> };
    return Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => m !== 'get')
        .map((m) => ({ method: m.toUpperCase(), path })),
    );
  }

  const fill = (path: string) =>
    path
      .replace('/members/{id}', `/members/${ids.victim}`)
      .replace('/decisions/{id}', `/decisions/${ids.decision}`)
      .replace('/room/{id}', `/room/${ids.decision}`)
      .replace('/amendments/{id}', `/amendments/${ids.amendment}`)
      .replace('/adjustments/{id}', `/adjustments/${ids.adjustment}`)
      .replace('/documents/{id}', `/documents/${ids.document}`)
      .replace('/speakers/{id}', `/speakers/${ids.speaker}`)
      .replace('{lang}', 'fr')
      .replace('{code}', '16')
      .replace('{number}', '335')
      // One's own session, passkey or API token: none with this id.
      .replace('{id}', '00000000-0000-4000-8000-000000000000');

  /** Row counts and versions of everything a write could touch. */
  const fingerprint = async () =>
    JSON.stringify(
      await t.db.query(`SELECT
        (SELECT count(*) FROM audit_events) a, (SELECT count(*) FROM principals WHERE disabled_at IS NULL) p,
        (SELECT coalesce(sum(version), 0) FROM decisions) d, (SELECT coalesce(sum(version), 0) FROM amendments) am,
        (SELECT count(*) FROM amendments) amc, (SELECT coalesce(sum(version), 0) FROM adjustments) aj, (SELECT count(*) FROM adjustments) ajc,
        (SELECT coalesce(sum(version), 0) FROM plan_points) pp, (SELECT count(*) FROM statements) s, (SELECT count(*) FROM documents) doc,
        (SELECT count(*) FROM sessions WHERE sitting_at IS NOT NULL) ses, (SELECT count(*) FROM speakers) sp,
        (SELECT coalesce(sum(version), 0) FROM speakers) spv, (SELECT coalesce(sum(version), 0) FROM speaker_lists) spl`),
    );

  const request = (method: string, path: string, who: Who, ex: Example | undefined, extra: Record<string, unknown> = {}) => {
    let r =
      method === 'PUT' ? t.http().put(path) : method === 'PATCH' ? t.http().patch(path) : method === 'DELETE' ? t.http().delete(path) : t.http().post(path);
    if (who !== 'none') r = r.set(bearer(tokens()[who]));
    const body = ex?.body?.();
    if (ex?.contentType) return r.set('content-type', ex.contentType).send(body as string);
    return r.send({ ...((body as object) ?? {}), ...extra });
  };

  beforeAll(async () => {
    t = await startTestApp({ rateLimitWritesPerMinute: 1_000_000 });
    c = await cast(t);
    const { decisionId, documentId } = await importSeed(t, c);
    ids.decision = decisionId;
    ids.document = documentId;
    await step(t, c.secretariat, `/decisions/${decisionId}/events`, 'PUBLISH');
    ids.amendment = (
      await t
        .http()
        .post(`/decisions/${decisionId}/amendments`)
        .set(bearer(c.wkr))
        .send({ clause: '(a)', op: { kind: 'insert', after: 'the Organization', text: ' and its constituents' }, rationale: 'r' })
    ).body.id;
    ids.adjustment = (
      await t.http().post('/plan/points/16/adjustments').set(bearer(c.wkr)).send({ kind: 'adjust', text: 'Work in the UN Network', rationale: 'r' })
    ).body.id;
    ids.point = (await t.http().get('/plan/points/16').set(bearer(c.observer))).body.id;
    ids.victim = (await t.principal('observer')).id;
    const people = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => ({ ...(await t.principal('observer')), name: 'o', email: `o${i}@x.org`, language: 'en' as const })),
    );
    links = [...(await t.app.get(SignInLinksService).issue(t.db.manager, people, 'sign_in', null)).values()].map((l) => l.url.split('#')[1]);
    ids.speaker = (
      await t.http().post(`/decisions/${decisionId}/speakers`).set(bearer(c.wkr)).send({ speakerName: 'Ms W. Spokes', category: 'workers' })
    ).body.waiting[0].id;
  });
  afterAll(() => t.close());

  it('every write route × every role and group: 401/403 as docs/permissions.md says, the object unchanged; the allowed are let through', async () => {
    const table = await routes();
    const missing = table.filter((r) => !EXAMPLES[`${r.method} ${r.path}`]).map((r) => `${r.method} ${r.path}`);
    figure('authorization: write routes without a matrix row', missing.length ? missing.join(', ') : 0, '0', missing.length === 0);
    expect(missing).toEqual([]);
    let checked = 0;
    const wrong: string[] = [];
    for (const { method, path } of table) {
      const ex = EXAMPLES[`${method} ${path}`];
      const denied = EVERYONE.filter((w) => !ex.allowed.includes(w));
      for (const who of [...denied, ...ex.allowed]) {
        const before = await fingerprint();
        const res = await request(method, fill(path), who, ex);
        checked++;
        const expected =
          (who === 'none' || who === 'badToken') && !denied.includes(who)
            ? null
            : who === 'none' || who === 'badToken'
              ? [401]
              : denied.includes(who)
                ? [403]
                : null;
        const ok = expected ? expected.includes(res.status) && (await fingerprint()) === before : res.status !== 401 && res.status !== 403 && res.status < 500;
        if (!ok) wrong.push(`${method} ${path} as ${who}: ${res.status} ${res.body?.code ?? ''}`);
      }
    }
    figure('authorization: requests checked', checked, `${table.length} routes × ${EVERYONE.length} callers`, checked === table.length * EVERYONE.length);
    figure('authorization: wrong answers or changed objects', wrong.length ? wrong.join('; ') : 0, '0', wrong.length === 0);
    expect(wrong).toEqual([]);
  });

  it('mass assignment: protected fields in any write body → 400, nothing changed', async () => {
    const table = await routes();
    const protectedFields: Record<string, unknown>[] = [
      { id: '00000000-0000-4000-8000-000000000000' },
      { state: 'adopted' },
      { version: 99 },
      { createdAt: '2000-01-01' },
      { groupCode: 'IMEC' },
    ];
    const wrong: string[] = [];
    let checked = 0;
    for (const { method, path } of table) {
      const ex = EXAMPLES[`${method} ${path}`];
      if (ex.contentType || !ex.body) continue;
      const who = ex.allowed[ex.allowed.length - 1];
      for (const field of protectedFields) {
        // groupCode is a real field of these bodies (a member's group; a written amendment's group; the group a speaker speaks for).
        if ('groupCode' in field && /members$|amendments$|subamendments$|speakers$/.test(path)) continue;
        const before = await fingerprint();
        const res = await request(method, fill(path), who, ex, field);
        checked++;
        if (res.status !== 400 || (await fingerprint()) !== before) wrong.push(`${method} ${path} + ${Object.keys(field)[0]}: ${res.status}`);
      }
      const before = await fingerprint();
      const raw = JSON.stringify(ex.body!()).replace(/^\{/, '{"__proto__":{"role":"secretariat"},');
      const res = await (method === 'PUT' ? t.http().put(fill(path)) : t.http().post(fill(path)))
        .set(bearer(tokens()[who]))
        .set('content-type', 'application/json')
        .send(raw);
      checked++;
      if (res.status !== 400 || (await fingerprint()) !== before) wrong.push(`${method} ${path} + __proto__: ${res.status}`);
    }
    figure('mass assignment: requests checked', checked, '> 0', checked > 0);
    figure('mass assignment: accepted or changed something', wrong.length ? wrong.join('; ') : 0, '0', wrong.length === 0);
    expect(wrong).toEqual([]);
  });
});
