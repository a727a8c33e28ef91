import pg from 'pg';
import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../../../migrations/index.js';
import { ENTITIES } from './entities.js';

/**
 * A connection the server drops (a restart, pg_terminate_backend) fails the query on it and the
 * pool replaces it; the 'error' event it also emits must not be left unhandled, which would end
 * the process.
 */
class DroppableClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    this.on('error', () => undefined);
  }
}

/** The one DataSource configuration, shared by the app, the tests and the TypeORM CLI. */
export function dataSourceOptions(url: string, poolSize = 20, logErrors = true): DataSourceOptions {
  return {
    type: 'postgres',
    uuidExtension: 'pgcrypto',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    logging: logErrors ? ['error'] : false,
    poolSize,
    applicationName: 'gb-decision-workflow',
    extra: {
      Client: DroppableClient,
      connectionTimeoutMillis: 3000,
      // A request never waits on a dead database longer than this.
      statement_timeout: 10_000,
      query_timeout: 12_000,
      // One caller's queue on a row never holds a connection (and so the pool) for long.
      lock_timeout: 5_000,
      idle_in_transaction_session_timeout: 15_000,
    },
  };
}
