// npm run bench:room — a full room: 300 live clients on /events and 300 browsers that,
// on each event, refetch the decision, its amendment list and the current text, as the web app does
// (each with If-None-Match, as a browser revalidates).
// The Chair performs 20 transitions; for each, the time from its 2xx until all 300 have fresh data.
// Bounded: 300 clients, 20 transitions, loopback only. Every figure is printed with its goal and
// the run exits non-zero when one misses it.

import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { benchDatabase, build, ROOT, sql, startApp } from './lib.mjs';

const CLIENTS = Number(process.env.ROOM_CLIENTS ?? 300);
const TRANSITIONS = 20;
const SERVER = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const TOKEN = 'bench-bootstrap-token-0123456789abcdefghij';
const say = (s) => process.stdout.write(`${s}\n`);
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

function get(base, pathname, token, etag) {
  return new Promise((resolve, reject) => {
    const req = http.get(`${base}${pathname}`, { agent, headers: { authorization: `Bearer ${token}`, ...(etag ? { 'if-none-match': etag } : {}) } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode, etag: res.headers.etag, body }));
    });
    req.on('error', reject);
  });
}

async function post(base, pathname, token, data) {
  const res = await fetch(`${base}${pathname}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(data),
  });
  if (!res.ok) throw new Error(`${pathname}: ${res.status} ${await res.text()}`);
  return res.json();
}

if (!process.env.ROOM_FIGURES) build();
const db = await benchDatabase(SERVER);
const app = await startApp({ DATABASE_URL: db.url, BOOTSTRAP_TOKEN: TOKEN, DEMO_DATA: 'false', RATE_LIMIT_WRITES_PER_MINUTE: '100000000' }, 3960);
const failures = [];
const figures = {};
const figure = (name, value, goal, ok) => {
  say(`${ok ? 'PASS' : 'FAIL'} room: ${name}: ${value} (goal ${goal})`);
  figures[name] = { value, goal, ok };
  if (!ok) failures.push(name);
};
try {
  const seed = fs.readFileSync(path.join(ROOT, 'apps/api/data/GB.335-POL-1(Rev.).txt'), 'utf8');
  const doc = await (
    await fetch(`${app.base}/documents/import`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/plain' }, body: seed })
  ).json();
  const decisionId = doc.decisions[0].id;
  const member = async (role, groupCode) =>
    (await post(app.base, '/members', TOKEN, { name: `${role} ${groupCode ?? ''}`, role, ...(groupCode ? { groupCode } : {}) })).token;
  const chair = await member('chair');
  // Screens in tens per principal: a principal may hold ten live streams on an instance.
  const observers = [];
  for (let i = 0; i < Math.ceil(CLIENTS / 10); i++) observers.push(await member('observer'));
  const version = async (p) => JSON.parse((await get(app.base, p, TOKEN)).body).version;
  const send = async (p, type, token) => post(app.base, `${p}/events`, token, { type, expectedVersion: await version(p) });
  await send(`/decisions/${decisionId}`, 'PUBLISH', TOKEN);
  const amendments = [];
  for (let i = 0; i < TRANSITIONS / 2; i++) {
    const m = await member('member', i % 2 ? 'WKR' : 'EMP');
    amendments.push(
      (
        await post(app.base, `/decisions/${decisionId}/amendments`, m, {
          clause: '(b)',
          op: { kind: 'insert', after: 'partnerships', text: `variant ${i}` },
          rationale: 'r',
        })
      ).id,
    );
  }
  for (const id of amendments) await send(`/amendments/${id}`, 'CIRCULATE', TOKEN);
  await send(`/decisions/${decisionId}`, 'OPEN_ITEM', chair);
  await send(`/decisions/${decisionId}`, 'TAKE_UP_DRAFT', chair);

  // The room: each client follows /events and refetches what the web app refetches.
  let expected = null; // { id, state } the fresh data must show
  const fresh = new Set();
  let onFresh = () => undefined;
  const clients = [];
  for (let c = 0; c < CLIENTS; c++) {
    const observer = observers[Math.floor(c / 10)];
    const state = { etags: {}, busy: false, again: false };
    const refetch = async () => {
      if (state.busy) {
        state.again = true;
        return;
      }
      state.busy = true;
      do {
        state.again = false;
        const [, list] = await Promise.all(
          [`/decisions/${decisionId}`, `/amendments?decision=${decisionId}`, `/decisions/${decisionId}/text?variant=current`].map(async (p) => {
            const res = await get(app.base, p, observer, state.etags[p]?.etag);
            if (res.status === 200) state.etags[p] = res;
            return state.etags[p];
          }),
        );
        const target = expected && JSON.parse(list.body).find((a) => a.id === expected.id);
        if (target && target.state === expected.state && !fresh.has(c)) {
          fresh.add(c);
          onFresh();
        }
      } while (state.again);
      state.busy = false;
    };
    await new Promise((resolve, reject) => {
      http
        .get(`${app.base}/events`, { headers: { authorization: `Bearer ${observer}` } }, (res) => {
          res.setEncoding('utf8');
          res.on('data', (chunk) => chunk.includes('event: transition') && refetch().catch(() => undefined));
          resolve();
        })
        .on('error', reject);
    });
    clients.push(state);
  }
  const pgConnections = [];
  const sampler = setInterval(async () => {
    const [{ n }] = await sql(
      db.url,
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE 'gb-decision-workflow%'`,
    );
    pgConnections.push(n);
  }, 200);

  const latencies = [];
  for (let i = 0; i < TRANSITIONS; i++) {
    const id = amendments[Math.floor(i / 2)];
    const type = i % 2 === 0 ? 'TAKE_UP' : 'REJECT';
    fresh.clear();
    expected = { id, state: type === 'TAKE_UP' ? 'under_consideration' : 'rejected' };
    const all = new Promise((resolve) => (onFresh = () => fresh.size === CLIENTS && resolve()));
    await send(`/amendments/${id}`, type, chair);
    const t0 = performance.now();
    await Promise.race([all, new Promise((r) => setTimeout(r, 15_000))]);
    latencies.push(fresh.size === CLIENTS ? performance.now() - t0 : Number.POSITIVE_INFINITY);
  }
  clearInterval(sampler);
  const sorted = [...latencies].sort((a, b) => a - b);
  const p99 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)];
  const rss = Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${app.child.pid}/status`, 'utf8'))[1]) / 1024;
  figure(`all ${CLIENTS} clients fresh after a transition, p99 of ${TRANSITIONS} (ms)`, Math.round(p99), '<= 1000', p99 <= 1000);
  figure('all clients fresh after a transition, median (ms)', Math.round(sorted[Math.floor(sorted.length / 2)]), 'reported', true);
  figure("the app's peak RSS (MB)", Math.round(rss), 'reported', true);
  figure('PostgreSQL connections used, at most', Math.max(...pgConnections), '<= pool (20) + listener (1)', Math.max(...pgConnections) <= 21);
} finally {
  await app.stop();
  await db.drop();
  agent.destroy();
}
// For npm run bench, which runs this file as a child and reads its figures.
if (process.env.ROOM_FIGURES) fs.writeFileSync(process.env.ROOM_FIGURES, JSON.stringify(figures));
process.exit(failures.length ? 1 : 0);
