import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { SEED_TEXT } from '../support/seeded.js';
import { startServer, stopServer, type ServerProcess } from '../support/server-process.js';
import { createTestDatabase } from '../support/test-app.js';

const BOOTSTRAP = 'crash-test-bootstrap-token-0123456789abcdef';
const PATH = ['FLAG_FOR_REVIEW', 'OPEN_COMMENTS', 'START_CONSULTATION'];
const STATES = ['active', 'proposed_for_review', 'open_for_comment', 'under_consultation'];

describe('kill -9 in the middle of a run', () => {
  let url: string;
  let server: ServerProcess;
  const port = 39000 + (process.pid % 1000);

  beforeAll(async () => {
    ({ url } = await createTestDatabase());
    server = await startServer({ DATABASE_URL: url, BOOTSTRAP_TOKEN: BOOTSTRAP }, port);
  });
  afterAll(async () => {
    await stopServer(server, 'SIGKILL');
  });

  it('after a restart every row is at its last acknowledged transition (or the one in flight), and every change has its audit row', async () => {
    const auth = { authorization: `Bearer ${BOOTSTRAP}`, 'content-type': 'application/json' };
    expect((await fetch(`${server.base}/documents/import`, { method: 'POST', headers: { ...auth, 'content-type': 'text/plain' }, body: SEED_TEXT })).status).toBe(201);
    const points = (await (await fetch(`${server.base}/plan/points`, { headers: auth })).json()) as { code: string }[];
    const acked = new Map<string, number>(points.map((p) => [p.code, 0]));
    const inFlight = new Map<string, number>();

    // One writer per point, each walking the review path; the server dies under them.
    const walk = async (code: string) => {
      for (let step = 0; step < PATH.length; step++) {
        inFlight.set(code, step + 1);
        try {
          const res = await fetch(`${server.base}/plan/points/${encodeURIComponent(code)}/events`, {
            method: 'POST',
            headers: auth,
            body: JSON.stringify({ type: PATH[step], expectedVersion: step + 1 }),
          });
          if (res.status !== 200) return;
          acked.set(code, step + 1);
        } catch {
          return; // the connection died with the server
        }
      }
      inFlight.delete(code);
    };
    const walking = Promise.all(points.map((p) => walk(p.code)));
    // Die once some transitions are acknowledged and others are still on their way.
    const total = () => [...acked.values()].reduce((a, b) => a + b, 0);
    while (total() < 12) await new Promise((r) => setTimeout(r, 2));
    await stopServer(server, 'SIGKILL');
    await walking;

    server = await startServer({ DATABASE_URL: url, BOOTSTRAP_TOKEN: BOOTSTRAP }, port);
    const db = await new DataSource({ type: 'postgres', url, logging: false }).initialize();
    try {
      const rows: { id: string; code: string; state: string; version: number }[] = await db.query('SELECT id, code, state, version FROM plan_points');
      let moved = 0;
      for (const row of rows) {
        const step = STATES.indexOf(row.state);
        const ack = acked.get(row.code)!;
        expect([ack, inFlight.get(row.code) ?? ack]).toContain(step);
        expect(row.version).toBe(step + 1);
        const trail: { to_state: string }[] = await db.query(
          `SELECT to_state FROM audit_events WHERE entity_type = 'plan_point' AND entity_id = $1 AND from_state IS NOT NULL ORDER BY id`,
          [row.id],
        );
        expect(trail.map((t) => t.to_state)).toEqual(STATES.slice(1, step + 1));
        moved += step;
      }
      expect(moved).toBeGreaterThan(0);
      const after = await fetch(`${server.base}/plan/points/16`, { headers: auth });
      expect(after.status).toBe(200);
    } finally {
      await db.destroy();
    }
  });
});
