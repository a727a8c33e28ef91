import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Role } from '@gbdw/workflow';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { DataSource } from 'typeorm';
import { createApp } from '../../apps/api/src/bootstrap/create-app.js';
import { type AppConfig, loadConfig } from '../../apps/api/src/config/app-config.js';
import { PrincipalsService } from '../../apps/api/src/members/principals.service.js';
import { adminUrl, runPrefix, templateDb, withDatabase } from './test-database.js';

export interface TestApp {
  app: NestFastifyApplication;
  http: () => TestAgent;
  db: DataSource;
  url: string;
  /** A new principal and its token. */
  principal(role: Role, groupCode?: string, extra?: { country?: string; name?: string }): Promise<{ id: string; token: string }>;
  /** Empties every table but the migrations and the standard groups. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/** A database of this run, cloned from the migrated template. */
export async function createTestDatabase(): Promise<{ name: string; url: string }> {
  const name = `${runPrefix()}_${randomBytes(5).toString('hex')}`;
  const admin = await new DataSource({ type: 'postgres', url: adminUrl(), logging: false }).initialize();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${templateDb()}`);
  await admin.destroy();
  return { name, url: withDatabase(adminUrl(), name) };
}

/** The real app over HTTP, on its own database (or on `shared`'s, as a second instance). */
export async function startTestApp(overrides: Partial<AppConfig> = {}, shared?: TestApp): Promise<TestApp> {
  const { name, url } = shared ? { name: '', url: shared.url } : await createTestDatabase();
  const config = { ...loadConfig({ DATABASE_URL: url, LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent' }), ...overrides };
  const app = await createApp(config, url);
  const observed = observeErrors(app);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const db = app.get<DataSource>(getDataSourceToken());
  const server = app.getHttpAdapter().getInstance().server;
  return {
    app,
    db,
    url,
    http: () => request(server),
    principal: async (role, groupCode, extra) => {
      const p = await app
        .get(PrincipalsService)
        .create(null, { name: extra?.name ?? `${role} ${groupCode ?? ''}`.trim(), role, groupCode, country: extra?.country });
      return { id: p.id, token: p.token };
    },
    reset: () => truncateAll(db),
    close: async () => {
      await recordObserved(observed, server);
      await app.close();
      if (shared) return;
      const a = await new DataSource({ type: 'postgres', url: adminUrl(), logging: false }).initialize();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.destroy();
    },
  };
}

/** Where the run keeps the error answers its tests met, for the teardown to hold against the OpenAPI (global-teardown.mjs). */
const OBSERVED_DIR = path.resolve(import.meta.dirname, '../..', process.env.GBDW_BUILD_DIR ?? '.build/test', 'observed-errors');

/** Every error answer of a route, as its method, route, status and code. */
function observeErrors(app: NestFastifyApplication): string[] {
  const seen: string[] = [];
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', (req, reply, payload, done) => {
      if (reply.statusCode >= 400 && req.routeOptions.url && typeof payload === 'string' && payload.startsWith('{')) {
        const code = (JSON.parse(payload) as { code?: string }).code;
        if (code) seen.push(JSON.stringify({ method: req.method, route: req.routeOptions.url, status: reply.statusCode, code }));
      }
      done(null, payload);
    });
  return seen;
}

async function recordObserved(seen: string[], server: Parameters<typeof request>[0]): Promise<void> {
  fs.mkdirSync(OBSERVED_DIR, { recursive: true });
  if (seen.length) fs.appendFileSync(path.join(OBSERVED_DIR, `${process.pid}.jsonl`), `${seen.join('\n')}\n`);
  const doc = path.join(OBSERVED_DIR, 'openapi.json');
  if (!fs.existsSync(doc)) fs.writeFileSync(doc, (await request(server).get('/docs-json')).text);
}

export async function truncateAll(db: DataSource): Promise<void> {
  const [{ current_database: name }] = await db.query('SELECT current_database()');
  if (!String(name).includes('test')) throw new Error(`Refusing to empty database ${name}: its name lacks "test"`);
  const tables: { tablename: string }[] = await db.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('migrations', 'groups')`,
  );
  if (tables.length) await db.query(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(', ')} RESTART IDENTITY CASCADE`);
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
