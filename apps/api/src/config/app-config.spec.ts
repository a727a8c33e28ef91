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
  it('without a mail server, mails go to a folder; links point at the app and work 72 hours', () => {
    expect(loadConfig({ PORT: '8080' })).toMatchObject({ smtpUrl: undefined, publicUrl: 'http://localhost:8080', signInLinkHours: 72 });
    expect(loadConfig({ PUBLIC_URL: 'https://gb.example.org/', SIGN_IN_LINK_HOURS: '24' })).toMatchObject({
      publicUrl: 'https://gb.example.org',
      signInLinkHours: 24,
    });
    expect(() => loadConfig({ SMTP_URL: 'mail.example.org', SIGN_IN_LINK_HOURS: '0' })).toThrow(
      /SMTP_URL: SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL\n {2}SIGN_IN_LINK_HOURS/,
    );
  });
  it('stops with a message naming every bad variable', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x', PORT: 'eighty', BOOTSTRAP_TOKEN: 'short' })).toThrow(
      /Invalid configuration:\n {2}DATABASE_URL: .+\n {2}PORT: .+\n {2}BOOTSTRAP_TOKEN: BOOTSTRAP_TOKEN must be at least 32 characters/,
    );
  });
});
