import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../apps/api/src/config/app-config.js';

export interface ServerProcess {
  child: ChildProcess;
  base: string;
  log: () => string;
}

/** The built app as its own process (the tests' build, made by global setup), for crash and restart tests. */
export async function startServer(env: Record<string, string>, port: number): Promise<ServerProcess> {
  let out = '';
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, process.env.GBDW_BUILD_DIR ?? '.build/test', 'apps/api/src/main.js')], {
    env: { ...process.env, LOG_LEVEL: 'warn', DEMO_DATA: 'false', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`server exited: ${out}`);
    try {
      if ((await fetch(`${base}/health`)).ok) return { child, base, log: () => out };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not become healthy: ${out}`);
}

export async function stopServer(s: ServerProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (s.child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    s.child.once('exit', () => resolve());
    s.child.kill(signal);
  });
}
