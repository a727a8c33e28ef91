import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options.js';

// Any fixed number: instances started together take turns to migrate.
const MIGRATION_LOCK = 335_2019;

/** Runs pending migrations under an advisory lock, so `--scale api=3` migrates once. */
export async function runMigrations(url: string): Promise<string[]> {
  const ds = await new DataSource({ ...dataSourceOptions(url, 2), logging: false }).initialize();
  const lock = ds.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const done = await ds.runMigrations({ transaction: 'each' });
    return done.map((m) => m.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.release();
    await ds.destroy();
  }
}

/** Creates `database` on the server of `adminUrl` unless it exists. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const ds = await new DataSource({ type: 'postgres', url: adminUrl, logging: false }).initialize();
  try {
    const found = await ds.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.length === 0) await ds.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await ds.destroy();
  }
}
