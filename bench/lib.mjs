// Shared helpers of the benchmarks: a bench database, the app as a process, autocannon runs.
import { execFileSync, spawn } from 'node:child_process';
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
    if (child.exitCode !== null) return resolve();
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

/** pgbench: single-row INSERTs of ~300 bytes, 32 clients, 10 s. */
export function pgbench(url) {
  const u = new URL(url);
  const env = { ...process.env, PGHOST: u.hostname, PGPORT: u.port || '5432', PGUSER: decodeURIComponent(u.username || 'postgres'), PGPASSWORD: decodeURIComponent(u.password), PGDATABASE: u.pathname.slice(1) };
  execFileSync('psql', ['-qc', 'SET client_min_messages = warning; DROP TABLE IF EXISTS bench_rows; CREATE TABLE bench_rows (id bigserial primary key, a text, b text, c timestamptz default now())'], { env });
  const script = path.join(ROOT, 'bench', 'insert.sql');
  const out = execFileSync('pgbench', ['-n', '-c', '32', '-j', '2', '-T', '10', '-f', script], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  execFileSync('psql', ['-qc', 'DROP TABLE bench_rows'], { env });
  const tps = Number(/tps = ([\d.]+)/.exec(out)?.[1]);
  const latency = Number(/latency average = ([\d.]+) ms/.exec(out)?.[1]);
  return { tps, latencyAverageMs: latency };
}
