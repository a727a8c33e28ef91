import fs from 'node:fs';
import path from 'node:path';
import { expect } from '@jest/globals';
import { PROJECT_ROOT } from '../../apps/api/src/config/app-config.js';

// The schema check and the .docx reader need no test runner: the browser tests use them too.
export { docxXml, validateAkn } from './akn-schema.js';

const GOLDEN = path.join(PROJECT_ROOT, 'test/golden');

/** Compares with test/golden/NAME (dates folded); only UPDATE_GOLDEN=1 writes it, a missing file fails. */
export function golden(name: string, actual: string): void {
  const fold = (s: string) => s.replace(/\d{4}-\d{2}-\d{2}/g, 'YYYY-MM-DD');
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') fs.writeFileSync(file, fold(actual));
  if (!fs.existsSync(file)) throw new Error(`golden file test/golden/${name} is missing: write it on purpose with UPDATE_GOLDEN=1`);
  expect(fold(actual)).toBe(fs.readFileSync(file, 'utf8'));
}

/** A supertest parser that keeps a binary body as one Buffer. */
export const binary = (res: { on: (e: string, cb: (c?: Buffer) => void) => void }, cb: (e: Error | null, b: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c?: Buffer) => chunks.push(c!));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};
