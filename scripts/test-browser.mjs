// npm test's browser step: Playwright in Debian's Chromium (or CHROMIUM_PATH). Without one it says so
// loudly and skips, except in CI (CI=true), where a missing Chromium is a failure.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!fs.existsSync(chromium)) {
  const line = `No Chromium at ${chromium}: the browser tests did NOT run (apt-get install chromium, or set CHROMIUM_PATH).`;
  if (process.env.CI) {
    console.error(line);
    process.exit(1);
  }
  console.warn(`\n!!!!!!!!\n!!! ${line}\n!!!!!!!!\n`);
  process.exit(0);
}
const run = spawnSync('playwright', ['test'], { stdio: 'inherit', shell: false });
process.exit(run.status ?? 1);
