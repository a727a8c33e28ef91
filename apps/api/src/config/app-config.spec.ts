import { describe, expect, it } from '@jest/globals';
import { loadConfig } from './app-config.js';

describe('configuration', () => {
  it('defaults to the embedded server with demo data', () => {
    expect(loadConfig({})).toMatchObject({ databaseUrl: undefined, port: 3000, host: '127.0.0.1', embeddedPgPort: 54329, demoData: true });
  });
  it('with DATABASE_URL, demo data only when asked', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }).demoData).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db', DEMO_DATA: 'true' }).demoData).toBe(true);
  });
  it('stops with a message naming every bad variable', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x', PORT: 'eighty', BOOTSTRAP_TOKEN: 'short' })).toThrow(
      /Invalid configuration:\n {2}DATABASE_URL: .+\n {2}PORT: .+\n {2}BOOTSTRAP_TOKEN: BOOTSTRAP_TOKEN must be at least 32 characters/,
    );
  });
});
