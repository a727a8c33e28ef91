import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from '../../../../migrations/index.js';

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
      connectionTimeoutMillis: 3000,
      // A request never waits on a dead database longer than this.
      statement_timeout: 10_000,
      query_timeout: 12_000,
    },
  };
}
