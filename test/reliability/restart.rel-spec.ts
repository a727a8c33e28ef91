import { describe, expect, it } from '@jest/globals';
import { crashRun } from '../support/crash-run.js';
import { figure } from '../support/scorecard.js';
import { createTestDatabase } from '../support/test-app.js';

describe('restart after kill -9 during a workflow', () => {
  it('every state equals its last acknowledged transition', async () => {
    const { url } = await createTestDatabase();
    const r = await crashRun(url, 39500 + (process.pid % 400));
    figure(
      'restart: rows off their last acknowledged transition',
      `${r.wrongState} of ${r.rows} (${r.acknowledged} transitions acknowledged before the kill)`,
      '0',
      r.wrongState === 0,
    );
    figure('restart: state changes without their audit row', r.auditMismatch, '0', r.auditMismatch === 0);
    figure('restart: serving again', r.servesAfterRestart ? 'yes' : 'no', 'yes', r.servesAfterRestart);
    expect([r.wrongState, r.auditMismatch, r.servesAfterRestart]).toEqual([0, 0, true]);
  });
});
