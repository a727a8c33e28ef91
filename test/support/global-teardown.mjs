import path from 'node:path';
import { sweep, TEST_BUILD_DIR } from './global-setup.mjs';
import { checkObservedErrors } from './observed-errors.mjs';

export default async function globalTeardown() {
  // Files that failed to drop their own database leave it behind; sweep them with the template.
  if (process.env.GBDW_TEST_ADMIN_URL) await sweep(process.env.GBDW_TEST_ADMIN_URL, process.env.GBDW_TEST_RUN);
  await globalThis.__GBDW_PG__?.stop();
  checkObservedErrors(path.resolve(import.meta.dirname, '../..', process.env.GBDW_BUILD_DIR ?? TEST_BUILD_DIR, 'observed-errors'));
}
