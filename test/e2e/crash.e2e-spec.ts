import { describe, expect, it } from '@jest/globals';
import { crashRun } from '../support/crash-run.js';
import { createTestDatabase } from '../support/test-app.js';

describe('kill -9 in the middle of a run', () => {
  it('after a restart every row is at its last acknowledged transition (or the one in flight), and every change has its audit row', async () => {
    const { url } = await createTestDatabase();
    const report = await crashRun(url, 39000 + (process.pid % 1000));
    expect(report).toMatchObject({ rows: 17, wrongState: 0, auditMismatch: 0, servesAfterRestart: true });
    expect(report.acknowledged).toBeGreaterThan(0);
  });
});
