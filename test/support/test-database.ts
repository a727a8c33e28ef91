/** This run's database name prefix, set by global-setup.mjs. */
export const runPrefix = (): string => process.env.GBDW_TEST_RUN ?? 'gbdw_test_unset';

/** The migrated template each test file clones. */
export const templateDb = (): string => `${runPrefix()}_template`;

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
