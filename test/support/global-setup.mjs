// Jest loads global setup outside its ESM transform, so this file is plain ESM over the
// compiled app (built here, about a second with swc).
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';

const root = path.resolve(import.meta.dirname, '..', '..');
// Each run has its own prefix, so runs sharing a server (CI beside a developer) never meet.
const RUN = `gbdw_test_${process.pid.toString(36)}${Date.now().toString(36).slice(-4)}`;
const EMBEDDED_TEST_PORT = 54339;
/** Where the tests build the app (relative to the repository); npm start's is dist/. */
export const TEST_BUILD_DIR = '.build/test';

const withDatabase = (url, database) => {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.href;
};

async function sql(url, text) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

/**
 * One server per run: DATABASE_URL's when set, else an embedded PostgreSQL. A migrated
 * template database is made fresh; each test file clones it into its own database.
 */
export default async function globalSetup() {
  // The tests' own build folder: npm start's dist/ is never rebuilt under a running server.
  process.env.GBDW_BUILD_DIR ??= TEST_BUILD_DIR;
  execSync('npm run --silent build', { cwd: root, stdio: 'inherit' });
  fs.rmSync(path.join(root, process.env.GBDW_BUILD_DIR, 'observed-errors'), { recursive: true, force: true });
  const build = path.join(root, process.env.GBDW_BUILD_DIR);
  const { startEmbeddedPostgres } = await import(path.join(build, 'apps/api/src/database/embedded-postgres.js'));
  const { runMigrations } = await import(path.join(build, 'apps/api/src/database/migrate.js'));
  let admin;
  if (process.env.DATABASE_URL) {
    admin = withDatabase(process.env.DATABASE_URL, 'postgres');
  } else {
    const server = await startEmbeddedPostgres(path.join(root, '.data', 'test'), EMBEDDED_TEST_PORT);
    globalThis.__GBDW_PG__ = server;
    admin = server.url('postgres');
  }
  const template = `${RUN}_template`;
  await sql(admin, `CREATE DATABASE ${template}`);
  await runMigrations(withDatabase(admin, template));
  process.env.GBDW_TEST_ADMIN_URL = admin;
  process.env.GBDW_TEST_RUN = RUN;
}

/** Drops this run's databases: the template and any a failed file left behind. */
export async function sweep(admin, run) {
  const left = await sql(admin, `SELECT datname FROM pg_database WHERE datname LIKE '${run}\\_%'`);
  for (const { datname } of left) await sql(admin, `DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
}
