import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

/**
 * Browser tests: real Chromium (Debian's, or CHROMIUM_PATH; the Playwright download is not
 * reachable here) against the real app on real PostgreSQL. A missing Chromium is a failure.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!fs.existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH`);
const port = process.env.GBDW_BROWSER_PORT ?? '3197';
process.env.GBDW_BROWSER_DATA ??= path.join(os.tmpdir(), `gbdw-browser-${process.pid}`);

export default defineConfig({
  // The browser tests by default; the web budget (bench/) and the screenshots (scripts/) on demand.
  testDir: '.',
  testMatch:
    process.env.PW_SUITE === 'budget'
      ? 'bench/web-budget.pw.ts'
      : process.env.PW_SUITE === 'screenshots'
        ? 'scripts/screenshots.pw.ts'
        : 'test/browser/*.pw.ts',
  // Worktrees under .scratch/ are other checkouts: left out here, while their own config (rooted there) finds their tests.
  testIgnore: [
    '**/node_modules/**',
    '**/.stryker-tmp/**',
    new RegExp(`^${path.join(import.meta.dirname, '.scratch').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`),
  ],
  workers: 1,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: CHROMIUM, args: ['--no-sandbox'] },
    trace: 'off',
    actionTimeout: 10_000,
  },
  webServer: {
    command: 'node test/browser/serve.mjs',
    url: `http://127.0.0.1:${port}/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
