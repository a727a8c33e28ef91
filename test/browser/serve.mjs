// The real app for the browser tests: built, on real PostgreSQL (a fresh database on DATABASE_URL's
// server, else the embedded server in a folder of its own), with the demo principals and the seed.
import { execSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';

const root = path.resolve(import.meta.dirname, '..', '..');
export const DATA_DIR = process.env.GBDW_BROWSER_DATA ?? path.join(os.tmpdir(), `gbdw-browser-${process.pid}`);
const port = process.env.GBDW_BROWSER_PORT ?? '3197';

// The tests' own build folder: npm start's dist/ is never rebuilt under a running server.
process.env.GBDW_BUILD_DIR ??= '.build/test';
execSync('npm run --silent build', { cwd: root, stdio: 'inherit' });
fs.rmSync(DATA_DIR, { recursive: true, force: true });
fs.mkdirSync(DATA_DIR, { recursive: true, mode: 0o755 });
// A real SMTP server beside the app: it sends its mails there as to any mail server, and each message received is
// kept whole in DATA_DIR/smtp for the tests to read.
const inbox = path.join(DATA_DIR, 'smtp');
fs.mkdirSync(inbox);
let received = 0;
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, _session, done) {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => {
      fs.writeFileSync(path.join(inbox, `${++received}.eml`), Buffer.concat(chunks));
      done();
    });
  },
});
await new Promise((resolve) => smtp.listen(0, '127.0.0.1', resolve));
const env = {
  ...process.env,
  PORT: port,
  HOST: '127.0.0.1',
  DATA_DIR,
  DEMO_DATA: 'true',
  LOG_LEVEL: 'warn',
  SMTP_URL: `smtp://127.0.0.1:${smtp.server.address().port}`,
};
let dropDatabase = async () => undefined;
if (process.env.DATABASE_URL) {
  const name = `gbdw_test_browser_${process.pid}`;
  const admin = new URL(process.env.DATABASE_URL);
  admin.pathname = '/postgres';
  const run = async (sql) => {
    const c = new pg.Client({ connectionString: admin.href });
    await c.connect();
    await c.query(sql).finally(() => c.end());
  };
  await run(`CREATE DATABASE ${name}`);
  dropDatabase = () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.href;
} else {
  delete env.DATABASE_URL;
  env.EMBEDDED_PG_PORT = process.env.GBDW_BROWSER_PG_PORT ?? '54397';
}
// Where the app keeps its data, for a test that must change what no request can (a link past its time).
fs.writeFileSync(path.join(DATA_DIR, 'database-url'), env.DATABASE_URL ?? `postgres://postgres:postgres@127.0.0.1:${env.EMBEDDED_PG_PORT}/gbdw`);
const app = spawn(process.execPath, ['--enable-source-maps', path.join(process.env.GBDW_BUILD_DIR, 'apps/api/src/main.js')], {
  cwd: root,
  env,
  stdio: 'inherit',
});
const stop = () => {
  smtp.close();
  app.kill('SIGTERM');
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
app.on('exit', async (code) => {
  await dropDatabase().catch(() => undefined);
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  process.exit(code ?? 0);
});
