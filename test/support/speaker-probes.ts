import { ok, useSeededApp } from './seeded.js';
import { bearer } from './test-app.js';

export type Entry = {
  id: string;
  speakerName: string;
  category: string;
  state: string;
  version: number;
  position: number | null;
  requestedBy: string;
  allowedEvents: string[];
};
export type List = { version: number; speaking: Entry | null; waiting: Entry[]; spoke: Entry[]; withdrawn: Entry[] };

/** The seeded app with the requests an attacker of the list of speakers sends, and a fingerprint of what the list holds. */
export function useSpeakerProbes() {
  const s = useSeededApp();
  const path = (decisionId = s.decisionId) => `/decisions/${decisionId}/speakers`;
  const ask = (token: string, body: unknown, decisionId = s.decisionId) =>
    s.t
      .http()
      .post(path(decisionId))
      .set(bearer(token))
      .send(body as object);
  const list = async (token = s.c.secretariat, decisionId = s.decisionId): Promise<List> =>
    (await s.t.http().get(path(decisionId)).set(bearer(token)).expect(200)).body;
  const send = (token: string, e: { id: string; version: number }, type: string, extra: Record<string, unknown> = {}) =>
    s.t
      .http()
      .post(`/speakers/${e.id}/events`)
      .set(bearer(token))
      .send({ type, expectedVersion: e.version, ...extra });
  const move = (speakerIds: unknown, expectedVersion: unknown, token = s.c.secretariat) =>
    s.t.http().put(`${path()}/order`).set(bearer(token)).send({ speakerIds, expectedVersion });
  const settings = (body: unknown, token = s.c.secretariat) =>
    s.t
      .http()
      .put(`${path()}/settings`)
      .set(bearer(token))
      .send(body as object);
  /** A speaker added by whoever may, answering 201. */
  const add = async (token: string, body: Record<string, unknown>, decisionId = s.decisionId) => (await ok(ask(token, body, decisionId))).body as List;
  /** Everything a write changes: the entries (state, version, place), the lists' versions and settings, and the audit trail's length. */
  const fingerprint = async () =>
    (
      await s.t.db.query(`SELECT
        (SELECT string_agg(id || ':' || state || ':' || version || ':' || position, ',' ORDER BY id) FROM speakers) AS entries,
        (SELECT string_agg(decision_id || ':' || version || ':' || employers_first || ':' || coalesce(speaking_time_seconds, 0), ',') FROM speaker_lists) AS lists,
        (SELECT count(*)::int FROM audit_events) AS audit`)
    )[0] as { entries: string | null; lists: string | null; audit: number };
  return { s, path, ask, list, send, move, settings, add, fingerprint };
}
