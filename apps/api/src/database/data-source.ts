/** Entry for the TypeORM CLI: `typeorm migration:run -d dist/apps/api/src/database/data-source.js`. */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options.js';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL must be set for the TypeORM CLI');

export default new DataSource(dataSourceOptions(url));
