import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from '@jest/globals';
import { strFromU8, unzipSync } from 'fflate';
import { PROJECT_ROOT } from '../../apps/api/src/config/app-config.js';

const GOLDEN = path.join(PROJECT_ROOT, 'test/golden');
const XSD = path.join(PROJECT_ROOT, 'test/schemas/akn/akomantoso30.xsd');

/** Compares with test/golden/NAME (dates folded); UPDATE_GOLDEN=1 or a missing file writes it. */
export function golden(name: string, actual: string): void {
  const fold = (s: string) => s.replace(/\d{4}-\d{2}-\d{2}/g, 'YYYY-MM-DD');
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1' || !fs.existsSync(file)) fs.writeFileSync(file, fold(actual));
  expect(fold(actual)).toBe(fs.readFileSync(file, 'utf8'));
}

const hasXmllint = (() => {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return fs.existsSync(XSD);
  } catch {
    return false;
  }
})();

/** Validates against the Akoma Ntoso 3.0 schema with xmllint (installed by .ci/run), when present. */
export function validateAkn(xml: string): void {
  if (!hasXmllint) {
    if (process.env.CI) throw new Error('xmllint is missing: .ci/run installs libxml2-utils');
    return;
  }
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
