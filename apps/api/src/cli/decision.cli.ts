/**
 * npm run decision -- --document "GB.335/POL/1(Rev.)" [--variant draft|current|final] [--format txt|md|html|akn|docx] [--out FILE]
 * Prints or writes a decision's text from the database (DATABASE_URL, or the embedded server).
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DomainError } from '@gbdw/common';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config.js';
import { dataSourceOptions } from '../database/data-source-options.js';
import type { EmbeddedServer } from '../database/embedded-postgres.js';
import { DecisionTextService, FORMATS, type Format, VARIANTS, type Variant } from '../decisions/decision-text.service.js';
import { ReadCache } from '../events/read-cache.service.js';

const fail = (message: string): never => {
  process.stderr.write(`${message}\n`);
  process.exit(1);
};

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      document: { type: 'string' },
      variant: { type: 'string', default: 'current' },
      format: { type: 'string', default: 'txt' },
      out: { type: 'string' },
    },
  });
  if (!values.document)
    fail('Usage: npm run decision -- --document "GB.335/POL/1(Rev.)" [--variant draft|current|final] [--format txt|md|html|akn|docx] [--out FILE]');
  if (!VARIANTS.includes(values.variant as Variant)) fail(`--variant must be one of ${VARIANTS.join(', ')}`);
  if (!FORMATS.includes(values.format as Format)) fail(`--format must be one of ${FORMATS.join(', ')}`);
  if (values.format === 'docx' && !values.out) fail('--format docx needs --out FILE');
  const config = loadConfig();
  let embedded: EmbeddedServer | undefined;
  let url = config.databaseUrl;
  if (!url) {
    // Reuse a running `npm start` (it holds the data folder), else start the server for this run.
    const running = fs.existsSync(path.join(config.dataDir, 'postgres', 'postmaster.pid'));
    if (!running) embedded = await (await import('../database/embedded-postgres.js')).startEmbeddedPostgres(config.dataDir, config.embeddedPgPort);
    url = `postgres://postgres:postgres@127.0.0.1:${config.embeddedPgPort}/gbdw`;
  }
  const db = await new DataSource({ ...dataSourceOptions(url, 2), logging: false }).initialize();
  try {
    const [row] = await db.query(
      `SELECT d.id FROM decisions d JOIN documents doc ON doc.id = d.document_id WHERE doc.symbol = $1 ORDER BY d.paragraph_number LIMIT 1`,
      [values.document],
    );
    if (!row) fail(`No decision for document ${values.document}`);
    const r = await new DecisionTextService(db, new ReadCache()).render(row.id, values.variant as Variant, values.format as Format);
    if (values.out) fs.writeFileSync(values.out, r.body);
    else process.stdout.write(values.format === 'docx' ? r.body : `${r.body.toString('utf8')}\n`);
  } catch (e) {
    fail(e instanceof DomainError ? `${e.code}: ${e.message}` : `Failed: ${(e as Error).message}`);
  } finally {
    await db.destroy();
    await embedded?.stop();
  }
}

void main();
