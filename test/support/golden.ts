import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from '@jest/globals';
import { strFromU8, unzipSync } from 'fflate';
import { PROJECT_ROOT } from '../../apps/api/src/config/app-config.js';

const GOLDEN = path.join(PROJECT_ROOT, 'test/golden');
const XSD = path.join(PROJECT_ROOT, 'test/schemas/akn/akomantoso30.xsd');

/** Compares with test/golden/NAME (dates folded); only UPDATE_GOLDEN=1 writes it, a missing file fails. */
export function golden(name: string, actual: string): void {
  const fold = (s: string) => s.replace(/\d{4}-\d{2}-\d{2}/g, 'YYYY-MM-DD');
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') fs.writeFileSync(file, fold(actual));
  if (!fs.existsSync(file)) throw new Error(`golden file test/golden/${name} is missing: write it on purpose with UPDATE_GOLDEN=1`);
  expect(fold(actual)).toBe(fs.readFileSync(file, 'utf8'));
}

/** Why the schema check cannot run, or null when it can. */
function validatorMissing(): string | null {
  if (!fs.existsSync(XSD)) return `the Akoma Ntoso schema ${path.relative(PROJECT_ROOT, XSD)} is missing`;
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return null;
  } catch {
    return 'xmllint is missing: install libxml2-utils (apt-get install libxml2-utils; .ci/run does)';
  }
}

/** Validates against the Akoma Ntoso 3.0 schema with xmllint; a missing validator or schema fails, everywhere. */
export function validateAkn(xml: string): void {
  const missing = validatorMissing();
  if (missing) throw new Error(missing);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gbdw-akn-')), 'decision.xml');
  fs.writeFileSync(file, xml);
  try {
    execFileSync('xmllint', ['--nonet', '--noout', '--schema', XSD, file], { stdio: 'pipe' });
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

/** word/document.xml of a .docx. */
export const docxXml = (buf: Buffer): string => strFromU8(unzipSync(new Uint8Array(buf))['word/document.xml']);

/** A supertest parser that keeps a binary body as one Buffer. */
export const binary = (res: { on: (e: string, cb: (c?: Buffer) => void) => void }, cb: (e: Error | null, b: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c?: Buffer) => chunks.push(c!));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};
