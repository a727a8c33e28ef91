// npm run bench:room — the room at its real size: 200 amendments on the item, every screen its own
// principal (observers and the groups' delegates), each following /events and, on each event, refetching
// the decision, its amendment list and the current text as a browser does (keep-alive, gzip,
// If-None-Match). The Chair performs 20 transitions; for each, the time from its 2xx until every screen
// has fresh data. Run at 300 and at 1,000 screens (ROOM_SIZES), with the app's CPU time per screen per
// transition at each size and the slope between them. Loopback only; every figure is printed with its
// goal and the run exits non-zero when one misses it.

import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip as gunzipCallback } from 'node:zlib';
import { benchDatabase, build, ROOT, sql, startApp } from './lib.mjs';

const SIZES = (process.env.ROOM_SIZES ?? '300,1000').split(',').map(Number);
const AMENDMENTS = Number(process.env.ROOM_AMENDMENTS ?? 200);
const TRANSITIONS = 20;
const SERVER = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const TOKEN = 'bench-bootstrap-token-0123456789abcdefghij';
const say = (s) => process.stdout.write(`${s}\n`);
// Keep-alive connections, as browsers hold them (one per screen made the app's CPU per screen twice what it is
// here, the load generator's connections rather than the room being measured).
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
const gunzip = promisify(gunzipCallback);
const GROUPS = ['EMP', 'WKR', 'GOV', 'AFRICA', 'ASPAG', 'GRULAC', 'IMEC', 'EEG'];

function get(base, pathname, token, etag) {
  const headers = { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip', ...(etag ? { 'if-none-match': etag } : {}) };
  return new Promise((resolve, reject) => {
    const req = http.get(`${base}${pathname}`, { agent, headers }, (res) => {
      const chunks = [];
      res.on('data', (d) => chunks.push(d));
      res.on('end', async () => {
        const raw = Buffer.concat(chunks);
        // Off the event loop, as a browser's network stack does it.
        const body = res.headers['content-encoding'] === 'gzip' ? await gunzip(raw) : raw;
        resolve({ status: res.statusCode, etag: res.headers.etag, body: body.toString('utf8') });
      });
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

/** The app's CPU time so far, in ms (user + system, from /proc). */
const cpuMs = (pid) => {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
};

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
  const member = async (role, groupCode, name = `${role} ${groupCode ?? ''}`) =>
    (await post(app.base, '/members', TOKEN, { name, role, ...(groupCode ? { groupCode } : {}) })).token;
  const chair = await member('chair');
  const version = async (p) => JSON.parse((await get(app.base, p, TOKEN)).body).version;
  const send = async (p, type, token) => post(app.base, `${p}/events`, token, { type, expectedVersion: await version(p) });
  await send(`/decisions/${decisionId}`, 'PUBLISH', TOKEN);

  // 200 amendments: delegates of each group file ten on each clause, at ten places (a member keeps at most ten pending on a text).
  const words = {
    '(a)': ['continued', 'priorities', 'Organization', 'labour', 'migration', 'support', 'implementation', 'Global', 'Compact', 'Regular'],
    '(b)': ['partnerships', 'agencies', 'Network', 'field', 'teams', 'dialogue', 'tripartism', 'guidance', 'promote', 'strengthen'],
  };
  const amendments = [];
  for (let i = 0; amendments.length < AMENDMENTS; i++) {
    const filer = await member('member', GROUPS[i % GROUPS.length], `Filer ${i}`);
    for (const clause of ['(a)', '(b)'])
      for (const w of words[clause]) {
        if (amendments.length >= AMENDMENTS) break;
        amendments.push(
          (
            await post(app.base, `/decisions/${decisionId}/amendments`, filer, {
              clause,
              op: { kind: 'insert', after: w, text: ` variant ${i}` },
              rationale: 'r',
            })
          ).id,
        );
      }
  }
  const decided = amendments.slice(0, TRANSITIONS / 2);
  for (const id of decided) await send(`/amendments/${id}`, 'CIRCULATE', TOKEN);
  await send(`/decisions/${decisionId}`, 'OPEN_ITEM', chair);
  await send(`/decisions/${decisionId}`, 'TAKE_UP_DRAFT', chair);

  // Every screen its own principal: observers and the groups' delegates, as in a real room.
  const screens = [];
  for (let i = 0; i < Math.max(...SIZES); i++)
    screens.push(await member(i % 3 ? 'member' : 'observer', i % 3 ? GROUPS[i % GROUPS.length] : undefined, `Screen ${i}`));
  say(`${AMENDMENTS} amendments filed, ${screens.length} screens' principals made`);

  let round = 0;
  const perScreenCpu = {};
  for (const size of SIZES) {
    // Each screen follows /events and refetches what the web app refetches.
    let expected = null;
    const fresh = new Set();
    let onFresh = () => undefined;
    const streams = [];
    const loaders = [];
    for (let c = 0; c < size; c++) {
      const token = screens[c];
      const state = { etags: {}, list: null, patched: new Map(), busy: false, pending: [] };
      // The state the held list shows for the expected amendment, read off the text (parsing 200 amendments per screen
      // would make this load generator, not the server, what is measured): the first "state" after its id is its own, as
      // the amendments decided here were filed first, before any that lists them among its conflicts.
      const stateIn = (list, id) => {
        const at = list.indexOf(`"id":"${id}"`);
        return at < 0 ? null : /"state":"([a-z_]+)"/.exec(list.slice(at))?.[1];
      };
      const check = () => {
        if (expected && state.list && (state.patched.get(expected.id) ?? stateIn(state.list, expected.id)) === expected.state && !fresh.has(c)) {
          fresh.add(c);
          onFresh();
        }
      };
      const read = async (p) => {
        const res = await get(app.base, p, token, state.etags[p]?.etag);
        if (res.status === 200) state.etags[p] = res;
        return state.etags[p];
      };
      // As the web app does (features/live/live-patch.ts): a pending amendment moving on without changing the text
      // (taken up, rejected…) is read alone and put in place in the list held; any other event refetches the list and
      // the decision, and the text when an adoption may have changed it.
      const PENDING = ['submitted', 'circulated', 'under_consideration'];
      const CLOSED = ['rejected', 'withdrawn', 'lapsed', 'moot', 'stale'];
      loaders.push(async () => {
        const [list] = await Promise.all(
          [`/amendments?decision=${decisionId}`, `/decisions/${decisionId}`, `/decisions/${decisionId}/text?variant=current`].map(read),
        );
        state.list = list.body;
      });
      const refetch = async () => {
        if (state.busy) return;
        state.busy = true;
        while (state.pending.length) {
          const events = state.pending.splice(0);
          // (No entry here has its conflicts cut short — ten amendments stand at each place, nine conflicts each —
          // so the web app would patch each of these.)
          const deltas =
            state.list &&
            events.every((e) => e.entityType === 'amendment' && PENDING.includes(e.fromState) && (PENDING.includes(e.toState) || CLOSED.includes(e.toState)));
          if (deltas) {
            // Put in place: the amendment read again stands for its entry in the list held; the decision read again
            // when one stopped being pending.
            const decision = events.some((e) => !PENDING.includes(e.toState)) ? [read(`/decisions/${decisionId}`)] : [];
            const [ones] = await Promise.all([Promise.all(events.map((e) => read(`/amendments/${e.entityId}`))), ...decision]);
            for (const r of ones) {
              const one = JSON.parse(r.body);
              state.patched.set(one.id, one.state);
            }
          } else {
            // The text only when an adoption (or an event on the decision) may have changed it.
            const text = events.some((e) => e.entityType !== 'amendment' || e.toState === 'adopted') ? [`/decisions/${decisionId}/text?variant=current`] : [];
            const [list] = await Promise.all([`/amendments?decision=${decisionId}`, `/decisions/${decisionId}`, ...text].map(read));
            state.list = list.body;
            state.patched.clear();
          }
          check();
        }
        state.busy = false;
      };
      await new Promise((resolve, reject) => {
        const req = http.get(`${app.base}/events`, { headers: { authorization: `Bearer ${token}` } }, (res) => {
          res.setEncoding('utf8');
          let buffer = '';
          res.on('data', (chunk) => {
            buffer += chunk;
            for (let i = buffer.indexOf('\n\n'); i >= 0; i = buffer.indexOf('\n\n')) {
              const frame = buffer.slice(0, i);
              buffer = buffer.slice(i + 2);
              const data = /^data: (.+)$/m.exec(frame)?.[1];
              if (frame.includes('event: transition') && data) state.pending.push(JSON.parse(data));
            }
            if (state.pending.length) refetch().catch(() => undefined);
          });
          resolve();
        });
        req.on('error', reject);
        streams.push(req);
      });
    }
    // Each screen holds what its page loaded before the sitting goes on: the decision, its list and its text.
    await Promise.all(loaders.map((load) => load()));
    const pgConnections = [];
    const sampler = setInterval(async () => {
      const [{ n }] = await sql(
        db.url,
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE 'gb-decision-workflow%'`,
      );
      pgConnections.push(n);
    }, 200);

    const latencies = [];
    // Taken up, and rejected: deltas both (one amendment read again; for a rejection its decision too).
    const byDelta = [];
    const byRefetch = [];
    const cpu0 = cpuMs(app.child.pid);
    for (let i = 0; i < TRANSITIONS; i++) {
      // Ten amendments of this round's, each taken up and then rejected.
      const id = decided[Math.floor(i / 2)];
      const type = i % 2 === 0 ? 'TAKE_UP' : 'REJECT';
      fresh.clear();
      expected = { id, state: type === 'TAKE_UP' ? 'under_consideration' : 'rejected' };
      const all = new Promise((resolve) => (onFresh = () => fresh.size === size && resolve()));
      await send(`/amendments/${id}`, type, chair);
      const t0 = performance.now();
      await Promise.race([all, new Promise((r) => setTimeout(r, 20_000))]);
      latencies.push(fresh.size === size ? performance.now() - t0 : Number.POSITIVE_INFINITY);
      (type === 'TAKE_UP' ? byDelta : byRefetch).push(latencies.at(-1));
    }
    const cpu = cpuMs(app.child.pid) - cpu0;
    clearInterval(sampler);
    for (const s of streams) s.destroy();
    const sorted = [...latencies].sort((a, b) => a - b);
    const p99 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)];
    perScreenCpu[size] = cpu / TRANSITIONS / size;
    figure(`all ${size} screens fresh after a transition, p99 of ${TRANSITIONS} (ms)`, Math.round(p99), '<= 1000', p99 <= 1000);
    figure(`${size} screens: fresh after a transition, median (ms)`, Math.round(sorted[Math.floor(sorted.length / 2)]), 'reported', true);
    const median = (xs) => Math.round([...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]);
    figure(`${size} screens: fresh after TAKE_UP, median (ms)`, median(byDelta), 'reported', true);
    figure(`${size} screens: fresh after REJECT, median (ms)`, median(byRefetch), 'reported', true);
    figure(`${size} screens: the app's CPU per screen per transition (ms)`, Number(perScreenCpu[size].toFixed(3)), 'reported', true);
    figure(
      `${size} screens: PostgreSQL connections used, at most`,
      Math.max(...pgConnections),
      '<= pool (20) + listener (1)',
      Math.max(...pgConnections) <= 21,
    );
    round++;
    // The next round decides ten others.
    if (size !== SIZES.at(-1)) {
      decided.splice(0, decided.length, ...amendments.slice(round * (TRANSITIONS / 2), (round + 1) * (TRANSITIONS / 2)));
      for (const id of decided) await send(`/amendments/${id}`, 'CIRCULATE', TOKEN);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  if (SIZES.length > 1) {
    const [a, b] = [SIZES[0], SIZES.at(-1)];
    const slope = (perScreenCpu[b] * b - perScreenCpu[a] * a) / (b - a);
    figure(`the app's CPU per added screen per transition, ${a} → ${b} screens (ms)`, Number(slope.toFixed(3)), '<= 0.3', slope <= 0.3);
  }
  const rss = Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${app.child.pid}/status`, 'utf8'))[1]) / 1024;
  figure("the app's peak RSS (MB)", Math.round(rss), 'reported', true);
} finally {
  await app.stop();
  await db.drop();
  agent.destroy();
}
// For npm run bench, which runs this file as a child and reads its figures.
if (process.env.ROOM_FIGURES) fs.writeFileSync(process.env.ROOM_FIGURES, JSON.stringify(figures));
process.exit(failures.length ? 1 : 0);
