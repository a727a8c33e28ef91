import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import globalTeardown from './global-teardown.mjs';

/** Ends the reliability suite with the whole scorecard. */
export default async function reliabilityTeardown() {
  const file = path.join(os.tmpdir(), `gbdw-scorecard-${process.env.GBDW_TEST_RUN}.jsonl`);
  const lines = fs.existsSync(file)
    ? fs
        .readFileSync(file, 'utf8')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l))
    : [];
  const width = Math.max(10, ...lines.map((l) => l.name.length));
  process.stdout.write('\n== Reliability scorecard\n');
  for (const l of lines) process.stdout.write(`${l.ok ? 'PASS' : 'FAIL'}  ${l.name.padEnd(width)}  ${l.value}  (goal ${l.goal})\n`);
  const failed = lines.filter((l) => !l.ok).length;
  process.stdout.write(`${lines.length - failed} passed, ${failed} failed\n`);
  fs.rmSync(file, { force: true });
  await globalTeardown();
}
