// `npm run bench:profile -- statements|text`: a CPU profile of the app while 32 connections post
// statements or read the current text. The profile lands in
// bench/results/profile/ (open it in Chrome's DevTools); self and inclusive time on stdout.
import fs from 'node:fs';
import path from 'node:path';
import { benchDatabase, cannon, ROOT, startApp } from './lib.mjs';

const route = process.argv[2] ?? 'statements';
if (!['statements', 'text'].includes(route)) throw new Error(`profile statements or text, not ${route}`);
const dir = path.join(ROOT, 'bench/results/profile');
fs.rmSync(dir, { recursive: true, force: true });
process.env.BENCH_NODE_FLAGS = `--cpu-prof --cpu-prof-dir=${dir}`;
const TOKEN = 'bench-bootstrap-token-0123456789abcdefghij';
const db = await benchDatabase(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
try {
  const app = await startApp({ DATABASE_URL: db.url, BOOTSTRAP_TOKEN: TOKEN, DEMO_DATA: 'false', RATE_LIMIT_WRITES_PER_MINUTE: '100000000' }, 3960);
  try {
    const json = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
    const seed = fs.readFileSync(path.join(ROOT, 'apps/api/data/GB.335-POL-1(Rev.).txt'), 'utf8');
    const doc = await (await fetch(`${app.base}/documents/import`, { method: 'POST', headers: { ...json, 'content-type': 'text/plain' }, body: seed })).json();
    const member = await (
      await fetch(`${app.base}/members`, { method: 'POST', headers: json, body: JSON.stringify({ name: 'Bench delegate', role: 'member', groupCode: 'WKR' }) })
    ).json();
    const auth = { authorization: `Bearer ${member.token}` };
    const r =
      route === 'text'
        ? await cannon({ url: `${app.base}/decisions/${doc.decisions[0].id}/text?variant=current`, headers: auth })
        : await cannon({
            url: `${app.base}/statements`,
            method: 'POST',
            headers: { ...auth, 'content-type': 'application/json' },
            body: JSON.stringify({
              target: { type: 'decision', id: doc.decisions[0].id },
              body: 'The Workers support the draft decision as it stands.',
              stance: 'support',
            }),
          });
    process.stdout.write(`${route}: ${r.requestsPerSecond.toFixed(0)} req/s, p99 ${r.p99} ms\n`);
  } finally {
    await app.stop();
  }
} finally {
  await db.drop();
}
// Self and inclusive time by function, top 25 of each.
const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
const prof = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map(prof.nodes.flatMap((n) => (n.children ?? []).map((c) => [c, n.id])));
const name = (id) => {
  const f = byId.get(id).callFrame;
  return `${f.functionName || '(anonymous)'} ${path.basename(f.url)}:${f.lineNumber}`;
};
const self = new Map();
const inclusive = new Map();
let total = 0;
prof.samples.forEach((id, i) => {
  const dt = prof.timeDeltas[i];
  total += dt;
  self.set(name(id), (self.get(name(id)) ?? 0) + dt);
  const seen = new Set();
  for (let p = id; p; p = parent.get(p)) {
    if (seen.has(name(p))) continue;
    seen.add(name(p));
    inclusive.set(name(p), (inclusive.get(name(p)) ?? 0) + dt);
  }
});
for (const [title, m] of [
  ['self', self],
  ['inclusive', inclusive],
]) {
  process.stdout.write(`\n${title}:\n`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, 25)) process.stdout.write(`${((100 * v) / total).toFixed(1).padStart(5)} %  ${k}\n`);
}
