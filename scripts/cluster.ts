// npm run cluster — N equal instances of the built app on one PostgreSQL (DATABASE_URL), behind HAProxy
// (Debian's package) speaking HTTP/2 over TLS to browsers, with a certificate made here. A stream whose
// instance dies reconnects through the balancer to another and resumes with Last-Event-ID.
// Also used by test/reliability/cluster.rel-spec.ts. Plain TypeScript that Node runs as it is.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface Cluster {
  /** The balancer's address: https://127.0.0.1:<port>. */
  url: string;
  instances: { port: number; child: ChildProcess }[];
  balancer: ChildProcess;
  stop(): Promise<void>;
}

const ROOT = path.resolve(import.meta.dirname, '..');

/** A self-made certificate for 127.0.0.1 and localhost, with its key, as HAProxy reads it (one PEM). */
function certificate(dir: string): string {
  const pem = path.join(dir, 'cluster.pem');
  if (fs.existsSync(pem)) return pem;
  const [key, cert] = [path.join(dir, 'key.pem'), path.join(dir, 'cert.pem')];
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '30',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  fs.writeFileSync(pem, fs.readFileSync(cert, 'utf8') + fs.readFileSync(key, 'utf8'), { mode: 0o600 });
  return pem;
}

/** HAProxy: TLS with HTTP/2 (and HTTP/1.1) to clients, round robin over the instances, a dead one out within a second. */
function haproxyConfig(port: number, pem: string, ports: number[]): string {
  return [
    'global',
    // Within the machine's open-file limit (HAProxy asks for two per connection and more).
    '  maxconn 8000',
    'defaults',
    '  mode http',
    '  timeout connect 2s',
    '  timeout client 1h',
    '  timeout server 1h',
    // Live streams are long: the tunnel timeout keeps them while events flow.
    '  timeout tunnel 1h',
    '  option redispatch',
    '  retries 2',
    '  retry-on conn-failure empty-response',
    'frontend room',
    `  bind 127.0.0.1:${port} ssl crt ${pem} alpn h2,http/1.1`,
    '  default_backend instances',
    'backend instances',
    '  balance roundrobin',
    '  option httpchk GET /health',
    '  http-check expect status 200',
    '  default-server inter 300 fall 2 rise 2',
    ...ports.map((p, i) => `  server app${i + 1} 127.0.0.1:${p} check`),
    '',
  ].join('\n');
}

async function healthy(url: string, child: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`${url}: exited\n${log()}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url}: not healthy\n${log()}`);
}

export async function startCluster(o: { databaseUrl: string; instances: number; port: number; build: string; env?: Record<string, string> }): Promise<Cluster> {
  const dir = path.join(ROOT, '.data', 'cluster');
  fs.mkdirSync(dir, { recursive: true });
  const ports = Array.from({ length: o.instances }, (_, i) => o.port + 1 + i);
  const instances: Cluster['instances'] = [];
  for (const port of ports) {
    let out = '';
    const child = spawn(process.execPath, [path.join(ROOT, o.build, 'apps/api/src/main.js')], {
      env: {
        ...process.env,
        LOG_LEVEL: 'warn',
        DEMO_DATA: 'false',
        TRUST_PROXY: '127.0.0.1',
        ...o.env,
        DATABASE_URL: o.databaseUrl,
        HOST: '127.0.0.1',
        PORT: String(port),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (d) => (out += d));
    child.stderr?.on('data', (d) => (out += d));
    await healthy(`http://127.0.0.1:${port}`, child, () => out);
    instances.push({ port, child });
  }
  const config = path.join(dir, `haproxy-${o.port}.cfg`);
  fs.writeFileSync(config, haproxyConfig(o.port, certificate(dir), ports));
  let out = '';
  const balancer = spawn('haproxy', ['-f', config, '-db'], { stdio: ['ignore', 'pipe', 'pipe'] });
  balancer.stdout?.on('data', (d) => (out += d));
  balancer.stderr?.on('data', (d) => (out += d));
  for (let i = 0; i < 50 && !/Proxy .* started|Loading success/.test(out); i++) {
    if (balancer.exitCode !== null) throw new Error(`haproxy exited:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const stopChild = (c: ChildProcess) =>
    new Promise<void>((resolve) => {
      if (c.exitCode !== null || c.signalCode !== null) return resolve();
      c.once('exit', () => resolve());
      c.kill('SIGTERM');
    });
  return {
    url: `https://127.0.0.1:${o.port}`,
    instances,
    balancer,
    stop: async () => {
      await Promise.all([stopChild(balancer), ...instances.map((i) => stopChild(i.child))]);
    },
  };
}

// As a command: npm run cluster (DATABASE_URL required: instances share one PostgreSQL).
if (import.meta.url === `file://${process.argv[1]}`) {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    process.stderr.write('npm run cluster needs DATABASE_URL: its instances share one PostgreSQL (npm start runs one instance on the embedded one)\n');
    process.exit(2);
  }
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const cluster = await startCluster({
    databaseUrl,
    instances: Number(process.env.CLUSTER_INSTANCES ?? 2),
    port: Number(process.env.PORT ?? 8443),
    build: 'dist',
  });
  process.stdout.write(`${cluster.instances.length} instances behind HAProxy at ${cluster.url} (HTTP/2, TLS with a certificate made in .data/cluster)\n`);
  const stop = () => void cluster.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
