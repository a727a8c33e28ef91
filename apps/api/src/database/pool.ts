import type pg from 'pg';
import type { DataSource } from 'typeorm';

/** TypeORM's own pg pool, for the hot paths where a query builder costs more than the query. */
export const pgPool = (db: DataSource): pg.Pool => (db.driver as unknown as { master: pg.Pool }).master;
