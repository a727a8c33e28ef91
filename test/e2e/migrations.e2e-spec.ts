import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../apps/api/src/database/data-source-options.js';
import { adminUrl, templateDb, withDatabase } from '../support/test-database.js';

describe('migrations', () => {
  it('bring the schema exactly to what the entities describe (no drift)', async () => {
    const ds = await new DataSource(dataSourceOptions(withDatabase(adminUrl(), templateDb()), 1)).initialize();
    try {
      const pending = await ds.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
      expect(await ds.showMigrations()).toBe(false);
    } finally {
      await ds.destroy();
    }
  });
});
