import { DataSource } from 'typeorm';
import { SEED_TEXT } from './seeded.js';
import { type ServerProcess, startServer, stopServer } from './server-process.js';

const BOOTSTRAP = 'crash-test-bootstrap-token-0123456789abcdef';
const PATH = ['FLAG_FOR_REVIEW', 'OPEN_COMMENTS', 'START_CONSULTATION'];
const STATES = ['active', 'proposed_for_review', 'open_for_comment', 'under_consultation'];

export interface CrashReport {
  rows: number;
  /** Rows whose state is neither the last acknowledged transition nor the one in flight. */
  wrongState: number;
  /** Rows whose audit trail does not match their state and version. */
  auditMismatch: number;
  acknowledged: number;
  servesAfterRestart: boolean;
}

/**
 * The built server on `url`: one writer per plan point walks its review path; the server is
 * killed with SIGKILL once some transitions are acknowledged, restarted, and every row checked.
 */
export async function crashRun(url: string, port: number): Promise<CrashReport> {
  let server: ServerProcess = await startServer({ DATABASE_URL: url, BOOTSTRAP_TOKEN: BOOTSTRAP }, port);
  try {
    const auth = { authorization: `Bearer ${BOOTSTRAP}`, 'content-type': 'application/json' };
    const imported = await fetch(`${server.base}/documents/import`, { method: 'POST', headers: { ...auth, 'content-type': 'text/plain' }, body: SEED_TEXT });
    if (imported.status !== 201) throw new Error(`import: ${imported.status}`);
    const points = (await (await fetch(`${server.base}/plan/points`, { headers: auth })).json()) as { code: string }[];
    const acked = new Map<string, number>(points.map((p) => [p.code, 0]));
    const inFlight = new Map<string, number>();
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
    const total = () => [...acked.values()].reduce((a, b) => a + b, 0);
    while (total() < 12) await new Promise((r) => setTimeout(r, 2));
    await stopServer(server, 'SIGKILL');
    await walking;

    server = await startServer({ DATABASE_URL: url, BOOTSTRAP_TOKEN: BOOTSTRAP }, port);
    const db = await new DataSource({ type: 'postgres', url, logging: false }).initialize();
    try {
      const rows: { id: string; code: string; state: string; version: number }[] = await db.query('SELECT id, code, state, version FROM plan_points');
      let wrongState = 0;
      let auditMismatch = 0;
      for (const row of rows) {
        const step = STATES.indexOf(row.state);
        const ack = acked.get(row.code)!;
        if (step !== ack && step !== (inFlight.get(row.code) ?? ack)) wrongState++;
        const trail: { to_state: string }[] = await db.query(
          `SELECT to_state FROM audit_events WHERE entity_type = 'plan_point' AND entity_id = $1 AND from_state IS NOT NULL ORDER BY id`,
          [row.id],
        );
        if (row.version !== step + 1 || trail.map((t) => t.to_state).join() !== STATES.slice(1, step + 1).join()) auditMismatch++;
      }
      const after = await fetch(`${server.base}/plan/points/16`, { headers: auth });
      return { rows: rows.length, wrongState, auditMismatch, acknowledged: total(), servesAfterRestart: after.status === 200 };
    } finally {
      await db.destroy();
    }
  } finally {
    await stopServer(server, 'SIGKILL');
  }
}
