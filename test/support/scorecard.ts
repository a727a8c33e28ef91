import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Where the reliability figures of this run gather, for the scorecard printed at the end. */
export const scorecardFile = (run = process.env.GBDW_TEST_RUN ?? 'unset') => path.join(os.tmpdir(), `gbdw-scorecard-${run}.jsonl`);

/** Prints `figure: value (goal)`, records it, and fails the test when it misses its goal: no figure is printed unchecked. */
export function figure(name: string, value: string | number, goal: string, ok: boolean): void {
  const line = { name, value: String(value), goal, ok };
  fs.appendFileSync(scorecardFile(), `${JSON.stringify(line)}\n`);
  process.stdout.write(`${ok ? 'PASS' : 'FAIL'} ${name}: ${value} (${goal})\n`);
  if (!ok) throw new Error(`${name}: ${value} misses its goal (${goal})`);
}
