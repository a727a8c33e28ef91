import 'reflect-metadata';
import type { DemoToken } from './bootstrap/demo-data.js';
import { type AppConfig, loadConfig } from './config/app-config.js';
import type { EmbeddedServer } from './database/embedded-postgres.js';

const say = (line = '') => process.stdout.write(`${line}\n`);

async function resolveDatabase(config: AppConfig): Promise<{ url: string; embedded?: EmbeddedServer }> {
  if (config.databaseUrl) return { url: config.databaseUrl };
  // Loaded only when used: a production install (DATABASE_URL set) leaves the optional embedded-postgres out.
  const { startEmbeddedPostgres } = await import('./database/embedded-postgres.js');
  const embedded = await startEmbeddedPostgres(config.dataDir, config.embeddedPgPort);
  const { ensureDatabase } = await import('./database/migrate.js');
  await ensureDatabase(embedded.url('postgres'), 'gbdw');
  return { url: embedded.url('gbdw'), embedded };
}

async function main(): Promise<void> {
  // npm scripts run on the Node 24 that npm ci installs into node_modules; an older one would fail later, less clearly.
  if (Number(process.versions.node.split('.')[0]) < 24) {
    process.stderr.write(`This service needs Node 24 or later and this is ${process.version}: start it with npm start, which uses node_modules/.bin/node.\n`);
    process.exit(1);
  }
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(1);
  }
  // The embedded server starts in its own process while this one loads the application's modules.
  const [{ url, embedded }, { createApp }, { ensureDemoPrincipals, ensureSeedDocument }, { runMigrations }, { PrincipalsService }, { MailService }] =
    await Promise.all([
      resolveDatabase(config),
      import('./bootstrap/create-app.js'),
      import('./bootstrap/demo-data.js'),
      import('./database/migrate.js'),
      import('./members/principals.service.js'),
      import('./invitations/mail.service.js'),
    ]);
  const stopEmbedded = async () => embedded?.stop();
  try {
    await runMigrations(url);
    const app = await createApp(config, url);
    if (config.bootstrapToken) await app.get(PrincipalsService).ensureBootstrap(config.bootstrapToken);
    const demo = config.demoData ? await ensureDemoPrincipals(app, config.dataDir) : null;
    const seeded = config.demoData ? await ensureSeedDocument(app) : null;
    // Nest's shutdown hooks close the app on SIGINT/SIGTERM; the embedded server stops after it.
    process.once('exit', () => void stopEmbedded());
    app
      .getHttpAdapter()
      .getInstance()
      .addHook('onClose', async () => stopEmbedded());
    await app.listen({ port: config.port, host: config.host }).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'EADDRINUSE')
        throw new Error(`Port ${config.port} on ${config.host} is already in use: stop what holds it, or start on another with PORT=<port>`);
      throw e;
    });
    const base = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${config.port}`;
    say();
    say(`GB Decision Workflow is serving ${base}  (OpenAPI: ${base}/docs, health: ${base}/health)`);
    say(`Database: ${embedded ? `embedded PostgreSQL in ${config.dataDir}/postgres` : 'DATABASE_URL'}`);
    const mailFolder = app.get(MailService).folder;
    say(mailFolder ? `Mail: SMTP_URL is not set, so mails are written to ${mailFolder}, not sent` : 'Mail: sent through SMTP_URL');
    if (seeded) say(`Imported ${seeded} with its draft decision, plan points and three demo adjustments.`);
    // The links open the app where passkeys work: its public origin (a passkey is bound to a host name, never to 127.0.0.1).
    if (demo) printSignIn(config.publicUrl, base, demo);
    else if (config.bootstrapToken) say('Sign in with: Authorization: Bearer $BOOTSTRAP_TOKEN (secretariat)');
    else say('Sign in: set BOOTSTRAP_TOKEN (32+ characters) for a secretariat principal, or DEMO_DATA=true for demo principals.');
  } catch (e) {
    await stopEmbedded();
    throw e;
  }
}

function printSignIn(publicUrl: string, base: string, demo: { created: boolean; file: string; tokens: DemoToken[] }): void {
  say();
  say(demo.created ? `Demo principals created. Their tokens (shown now; also kept in ${demo.file}):` : `Demo principals' tokens (from ${demo.file}):`);
  for (const t of demo.tokens) say(`  ${t.role.padEnd(11)} ${(t.groupCode ?? '').padEnd(7)} ${t.token}   ${t.name}`);
  // The token rides in the URL fragment, which the browser never sends: it reaches no server log.
  say(`\nSign in to the web app at ${publicUrl}/ with a link:`);
  for (const t of demo.tokens) say(`  ${(t.groupCode ?? t.role).padEnd(11)} ${publicUrl}/sign-in#token=${t.token}`);
  const member = demo.tokens.find((t) => t.groupCode === 'WKR');
  if (member) say(`\nAPI clients: curl -H 'Authorization: Bearer ${member.token}' ${base}/me`);
  say();
}

main().catch((e: unknown) => {
  process.stderr.write(`Startup failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
