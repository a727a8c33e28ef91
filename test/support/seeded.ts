import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach } from '@jest/globals';
import { PROJECT_ROOT } from '../../apps/api/src/config/app-config.js';
import { binary } from './golden.js';
import { bearer, startTestApp, type TestApp } from './test-app.js';

export const SEED_TEXT = fs.readFileSync(path.join(PROJECT_ROOT, 'apps/api/data/GB.335-POL-1(Rev.).txt'), 'utf8');
export const SEED_SYMBOL = 'GB.335/POL/1(Rev.)';

export interface Cast {
  secretariat: string;
  chair: string;
  observer: string;
  emp: string;
  wkr: string;
  gov: string;
  gov2: string;
  africa: string;
  ids: Record<string, string>;
}

/** One principal per role and a few members, with their tokens. */
export async function cast(t: TestApp): Promise<Cast> {
  const ids: Record<string, string> = {};
  const make = async (name: string, role: Parameters<TestApp['principal']>[0], group?: string, country?: string) => {
    const p = await t.principal(role, group, { name, country });
    ids[name] = p.id;
    return p.token;
  };
  return {
    secretariat: await make('secretariat', 'secretariat'),
    chair: await make('chair', 'chair'),
    observer: await make('observer', 'observer'),
    emp: await make('emp', 'member', 'EMP'),
    wkr: await make('wkr', 'member', 'WKR'),
    gov: await make('gov', 'member', 'GOV', 'FRA'),
    gov2: await make('gov2', 'member', 'GOV', 'DEU'),
    africa: await make('africa', 'member', 'AFRICA', 'KEN'),
    ids,
  };
}

/** Imports the seed through the API; returns the document and its decision. */
export async function importSeed(t: TestApp, c: Cast): Promise<{ documentId: string; decisionId: string }> {
  const res = await t.http().post('/documents/import').set(bearer(c.secretariat)).set('content-type', 'text/plain').send(SEED_TEXT);
  if (res.status !== 201) throw new Error(`import: ${res.status} ${JSON.stringify(res.body)}`);
  return { documentId: res.body.id, decisionId: res.body.decisions[0].id };
}

/** Sends a workflow event with the entity's current version; the answer may be a refusal (the test checks it). */
export async function send(t: TestApp, token: string, path: string, type: string, extra: Record<string, unknown> = {}) {
  const get = path.replace(/\/events$/, '');
  const current = await t.http().get(get).set(bearer(token));
  if (current.status !== 200) throw new Error(`GET ${get}: ${current.status} ${JSON.stringify(current.body)}`);
  return t
    .http()
    .post(path)
    .set(bearer(token))
    .send({ type, expectedVersion: current.body.version, ...extra });
}

/** A set-up step that must succeed: the event sent, and a failure stops the test with what went wrong. */
export async function step(t: TestApp, token: string, path: string, type: string, extra: Record<string, unknown> = {}) {
  const res = await send(t, token, path, type, extra);
  if (res.status !== 200) throw new Error(`${type} on ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A set-up request that must answer `status` (201 by default). */
export async function ok<T extends { status: number; body: unknown }>(req: PromiseLike<T>, status = 201): Promise<T> {
  const res = await req;
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status} ${JSON.stringify(res.body)}`);
  return res;
}

/** A binary answer (a DOCX) as one Buffer, read by the given principal; it must be a 200. */
export async function download(t: TestApp, token: string, url: string): Promise<Buffer> {
  return (
    await t
      .http()
      .get(url)
      .set(bearer(token))
      .buffer(true)
      .parse(binary as never)
      .expect(200)
  ).body as Buffer;
}

export const count = async (t: TestApp, table: string, where = 'true') =>
  Number((await t.db.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`))[0].n);

/**
 * The usual e2e frame: one app for the file; before each test an empty database with a cast of
 * principals and the seed imported. Read the fields inside tests (they change per test).
 */
export function useSeededApp(): { t: TestApp; c: Cast; decisionId: string; documentId: string } {
  const s = {} as { t: TestApp; c: Cast; decisionId: string; documentId: string };
  beforeAll(async () => {
    s.t = await startTestApp();
  });
  afterAll(() => s.t.close());
  beforeEach(async () => {
    await s.t.reset();
    s.c = await cast(s.t);
    Object.assign(s, await importSeed(s.t, s.c));
  });
  return s;
}
