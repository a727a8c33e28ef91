import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PROJECT_ROOT } from '../../apps/api/src/config/app-config.js';
import { figure } from '../support/scorecard.js';
import { type Cast, cast, count, importSeed, ok, step } from '../support/seeded.js';
import { bearer, startTestApp, type TestApp } from '../support/test-app.js';

const ROUNDS = 25;
const SPANISH = (n: number) => `Después de las palabras «reforzando las alianzas», insértese la palabra «tripartitas${'s'.repeat(n % 2)}»`;

describe('two translators at once, on two instances (#21)', () => {
  let one: TestApp;
  let two: TestApp;
  let c: Cast;
  let translators: string[];
  let amendment: string;

  beforeAll(async () => {
    one = await startTestApp({ rateLimitWritesPerMinute: 1_000_000 });
    two = await startTestApp({ rateLimitWritesPerMinute: 1_000_000 }, one);
    c = await cast(one);
    translators = [c.secretariat, (await one.principal('secretariat', undefined, { name: 'second translator' })).token];
    const { documentId, decisionId } = await importSeed(one, c);
    const version = fs.readFileSync(path.join(PROJECT_ROOT, 'apps/api/data/GB.335-POL-1(Rev.).es.txt'), 'utf8');
    await ok(one.http().put(`/documents/${documentId}/versions/es`).set(bearer(c.secretariat)).set('content-type', 'text/plain').send(version), 200);
    await step(one, c.secretariat, `/decisions/${decisionId}/events`, 'PUBLISH');
    amendment = (
      await ok(
        one
          .http()
          .post(`/decisions/${decisionId}/amendments`)
          .set(bearer(c.wkr))
          .send({ clause: '(b)', instruction: 'After the words "to further strengthen ILO", insert the word "tripartite"', rationale: 'x' }),
      )
    ).body.id;
  });
  afterAll(async () => {
    await two.close();
    await one.close();
  });

  it(`${ROUNDS} rounds: both write the Spanish version from the same version read, then both verify it`, async () => {
    const auditBefore = await count(one, 'audit_events', `entity_id = '${amendment}'`);
    const tally = { writes: 0, verifies: 0, conflicts: 0, others: 0 };
    let read = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const written = await Promise.all(
        [one, two].map((app, i) =>
          app
            .http()
            .put(`/amendments/${amendment}/versions/es`)
            .set(bearer(translators[i]))
            .send({ instruction: SPANISH(round + i), expectedVersion: read }),
        ),
      );
      read += 1;
      const verified = await Promise.all(
        [one, two].map((app, i) => app.http().post(`/amendments/${amendment}/versions/es/verify`).set(bearer(translators[i])).send({ expectedVersion: read })),
      );
      read += 1;
      tally.writes += written.filter((r) => r.status === 200).length;
      tally.verifies += verified.filter((r) => r.status === 200).length;
      tally.conflicts += [...written, ...verified].filter((r) => r.status === 409).length;
      tally.others += [...written, ...verified].filter((r) => r.status !== 200 && r.status !== 409).length;
    }
    const [row] = await one.db.query(`SELECT status, version FROM amendment_versions WHERE amendment_id = $1 AND lang = 'es'`, [amendment]);
    const audited = (await count(one, 'audit_events', `entity_id = '${amendment}'`)) - auditBefore;
    figure('translators: one write wins per race', `${tally.writes}/${ROUNDS}`, `${ROUNDS}/${ROUNDS}`, tally.writes === ROUNDS);
    figure('translators: one verification wins per race', `${tally.verifies}/${ROUNDS}`, `${ROUNDS}/${ROUNDS}`, tally.verifies === ROUNDS);
    figure('translators: the loser told (409)', tally.conflicts, `${2 * ROUNDS}`, tally.conflicts === 2 * ROUNDS);
    figure('translators: other statuses (5xx…)', tally.others, '0', tally.others === 0);
    figure('translators: audit rows, one per winning write', audited, `${2 * ROUNDS}`, audited === 2 * ROUNDS);
    expect(tally).toEqual({ writes: ROUNDS, verifies: ROUNDS, conflicts: 2 * ROUNDS, others: 0 });
    expect(row).toEqual({ status: 'verified', version: 2 * ROUNDS });
    expect(audited).toBe(2 * ROUNDS);
  });
});
