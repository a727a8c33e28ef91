import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

/** The Akoma Ntoso 3.0 schema the texts are checked against (no test runner needed: Jest's tests and the browser's share it). */
/** The repository, as test-app.ts finds it: the tests run from their sources. */
const ROOT = path.resolve(import.meta.dirname, '../..');
const XSD = path.join(ROOT, 'test/schemas/akn/akomantoso30.xsd');

/** Why the schema check cannot run, or null when it can. */
function validatorMissing(): string | null {
  if (!fs.existsSync(XSD)) return `the Akoma Ntoso schema ${path.relative(ROOT, XSD)} is missing`;
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
