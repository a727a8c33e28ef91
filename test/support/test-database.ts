/** Made and migrated by global-setup.mjs. */
export const TEMPLATE_DB = 'gbdw_test_template';

/** The URL of `database` on the server that `url` points at. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.href;
}

/** Set by global-setup: the server all e2e databases live on. */
export const adminUrl = (): string => {
  const url = process.env.GBDW_TEST_ADMIN_URL;
  if (!url) throw new Error('GBDW_TEST_ADMIN_URL is not set: run e2e tests through jest (global-setup)');
  return url;
};
