import { sweep } from './global-setup.mjs';

export default async function globalTeardown() {
  // Files that failed to drop their own database leave it behind; sweep them with the template.
  if (process.env.GBDW_TEST_ADMIN_URL) await sweep(process.env.GBDW_TEST_ADMIN_URL, process.env.GBDW_TEST_RUN);
  await globalThis.__GBDW_PG__?.stop();
}
