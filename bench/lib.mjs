// Shared helpers of the benchmarks: a bench database, the app as a process, autocannon runs.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';

export const ROOT = path.resolve(import.meta.dirname, '..');

export function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.href;
}

export async function sql(url, text, args = []) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text, args)).rows;
  } finally {
    await c.end();
  }
}

/** A fresh database for one benchmark run, dropped by the returned function. */
export async function benchDatabase(serverUrl) {
  const name = `gbdw_bench_${process.pid}`;
  const admin = withDatabase(serverUrl, 'postgres');
  await sql(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await sql(admin, `CREATE DATABASE ${name}`);
  return { url: withDatabase(serverUrl, name), drop: () => sql(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

export function build() {
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
}

/** Starts dist/…/main.js (or `npm start` itself); resolves once /health answers, with the time that took. */
export async function startApp(env, port, { viaNpm = false } = {}) {
  const t0 = performance.now();
  let out = '';
  const [command, args] = viaNpm
    ? ['npm', ['start', '--silent']]
    : [process.execPath, [...(process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean), path.join(ROOT, 'dist/apps/api/src/main.js')]];
  const child = spawn(command, args, {
    cwd: ROOT,
    detached: viaNpm,
    env: { ...process.env, LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`app exited:\n${out}`);
    try {
      if ((await fetch(`${base}/health`)).ok) break;
    } catch {
      // not yet
    }
    if (performance.now() - t0 > 60_000) throw new Error(`app not healthy after 60 s:\n${out}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return { child, base, startMs: performance.now() - t0, output: () => out, stop: () => stop(child) };
}

export function stop(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', resolve);
    // npm start runs node in a process group of its own: stop the whole group.
    if (child.spawnargs[0] === 'npm') process.kill(-child.pid, 'SIGTERM');
    else child.kill('SIGTERM');
  });
}

/** One autocannon run; returns requests/s, latency percentiles and error counts. */
export async function cannon(opts) {
  const r = await autocannon({ connections: 32, duration: 10, ...opts });
  return {
    requestsPerSecond: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    total: r.requests.total,
  };
}

const pgEnv = (url) => {
  const u = new URL(url);
  return {
    ...process.env,
    PGHOST: u.hostname,
    PGPORT: u.port || '5432',
    PGUSER: decodeURIComponent(u.username || 'postgres'),
    PGPASSWORD: decodeURIComponent(u.password),
    PGDATABASE: u.pathname.slice(1),
  };
};

/** pgbench with a script (a bench/*.sql, or a path), 32 clients, 10 s. */
function runPgbench(url, script) {
  const args = ['-n', '-c', '32', '-j', '2', '-T', '10', '-f', path.isAbsolute(script) ? script : path.join(ROOT, 'bench', script)];
  const out = execFileSync('pgbench', args, { env: pgEnv(url), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { tps: Number(/tps = ([\d.]+)/.exec(out)?.[1]), latencyAverageMs: Number(/latency average = ([\d.]+) ms/.exec(out)?.[1]) };
}

/** pgbench: single-row INSERTs of ~300 bytes, 32 clients, 10 s. */
export function pgbench(url) {
  const env = pgEnv(url);
  execFileSync(
    'psql',
    [
      '-qc',
      'SET client_min_messages = warning; CREATE TABLE IF NOT EXISTS bench_rows (id bigserial primary key, a text, b text, c timestamptz default now()); TRUNCATE bench_rows',
    ],
    { env },
  );
  // Kept (emptied) rather than dropped: the minimal route of the same run inserts into it between rounds.
  return runPgbench(url, 'insert.sql');
}

/** pgbench: the SQL of POST /statements (statement.sql) by `author` on `decision`. */
export function pgbenchStatements(url, author, decision) {
  const script = path.join(os.tmpdir(), `gbdw-statement-${process.pid}.sql`);
  fs.writeFileSync(
    script,
    fs.readFileSync(path.join(ROOT, 'bench/statement.sql'), 'utf8').replaceAll('{{author}}', author).replaceAll('{{decision}}', decision),
  );
  try {
    return runPgbench(url, script);
  } finally {
    fs.rmSync(script);
  }
}

/** pgbench: the SQL of a transition (transition.sql), each of the 32 clients on its own decision of `decisionIds`. */
export function pgbenchTransitions(url, decisionIds) {
  const env = pgEnv(url);
  const values = decisionIds.map((id, k) => `(${k}, '${id}')`).join(', ');
  execFileSync('psql', ['-qc', `CREATE TABLE bench_decisions (k int PRIMARY KEY, id uuid NOT NULL); INSERT INTO bench_decisions VALUES ${values}`], { env });
  const result = runPgbench(url, 'transition.sql');
  execFileSync('psql', ['-qc', 'DROP TABLE bench_decisions'], { env });
  return result;
}

/**
 * Workflow transitions over HTTP: one worker per decision, DEFER and REOPEN in turn with the
 * version each answer gave, for `seconds`. Every answer must be a 200 (a refusal is counted).
 */
export async function transitionLoad(base, token, decisionIds, seconds = 10) {
  const latencies = [];
  let refused = 0;
  const end = performance.now() + seconds * 1000;
  // Plain keep-alive http, not fetch: fetch cost the generator ~0.4 ms of CPU a request, on the
  // two cores the app and PostgreSQL share (pgbench, the baseline, is C).
  const agent = new http.Agent({ keepAlive: true, maxSockets: decisionIds.length });
  const post = (url, data) =>
    new Promise((resolve, reject) => {
      const req = http.request(
        url,
        { method: 'POST', agent, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () => resolve({ ok: res.statusCode === 200, body: JSON.parse(text) }));
        },
      );
      req.on('error', reject);
      req.end(data);
    });
  await Promise.all(
    decisionIds.map(async (id) => {
      let version = 2; // after PUBLISH
      let deferred = false;
      while (performance.now() < end) {
        const t0 = performance.now();
        const res = await post(`${base}/decisions/${id}/events`, JSON.stringify({ type: deferred ? 'REOPEN' : 'DEFER', expectedVersion: version }));
        const body = res.body;
        if (!res.ok) {
          refused++;
          return;
        }
        latencies.push(performance.now() - t0);
        version = body.version;
        deferred = !deferred;
      }
    }),
  );
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { requestsPerSecond: latencies.length / seconds, p99: Math.round(latencies[Math.ceil(latencies.length * 0.99) - 1]), refused };
}
