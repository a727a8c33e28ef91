import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { figure } from '../support/scorecard.js';
import { type Cast, cast, count, importSeed } from '../support/seeded.js';
import { bearer, startTestApp, type TestApp } from '../support/test-app.js';

describe('concurrency, idempotency, audit and tokens', () => {
  let one: TestApp;
  let two: TestApp;
  let c: Cast;
  let decisionId: string;
  let stateChanging2xx = 0;
  let auditBefore = 0;

  beforeAll(async () => {
    one = await startTestApp({ rateLimitWritesPerMinute: 1_000_000 });
    two = await startTestApp({ rateLimitWritesPerMinute: 1_000_000 }, one);
    c = await cast(one);
    ({ decisionId } = await importSeed(one, c));
    auditBefore = await count(one, 'audit_events');
  });
  afterAll(async () => {
    await two.close();
    await one.close();
  });

  it('lost updates: two instances, 20 parallel transitions per round, 50 rounds', async () => {
    let winners = 0;
    let conflicts = 0;
    let others = 0;
    let lastText = '';
    for (let round = 0; round < 50; round++) {
      const version = round + 1;
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          [one, two][i % 2]
            .http()
            .post(`/decisions/${decisionId}/events`)
            .set(bearer(c.secretariat))
            .send({ type: 'EDIT', expectedVersion: version, clauses: [`round ${round} writer ${i}`, 'second clause'] }),
        ),
      );
      const won = results.filter((r) => r.status === 200);
      winners += won.length;
      conflicts += results.filter((r) => r.status === 409).length;
      others += results.filter((r) => r.status !== 200 && r.status !== 409).length;
      if (won.length === 1) lastText = won[0].body.clauses[0].text;
    }
    stateChanging2xx += winners;
    const d = await one.http().get(`/decisions/${decisionId}`).set(bearer(c.observer));
    const lost = d.body.version === 51 && d.body.clauses[0].text === lastText ? 0 : 1;
    figure('lost updates: winners per round', `${winners}/50 rounds`, '1 per round', winners === 50);
    figure('lost updates: 409s', conflicts, '950', conflicts === 950);
    figure('lost updates: lost', lost, '0', lost === 0);
    figure('lost updates: other statuses (5xx…)', others, '0', others === 0);
    expect([winners, conflicts, lost, others]).toEqual([50, 950, 0, 0]);
  });

  it('duplicate POSTs: one Idempotency-Key, 10 concurrent and 3 late → 1 row', async () => {
    const body = { target: { type: 'decision', id: decisionId }, body: 'The Workers support it.', stance: 'support' };
    const send = (app: TestApp) => app.http().post('/statements').set(bearer(c.wkr)).set('Idempotency-Key', 'dup-key-1').send(body);
    const burst = await Promise.all(Array.from({ length: 10 }, (_, i) => send([one, two][i % 2])));
    const late = [];
    for (let i = 0; i < 3; i++) late.push(await send(two));
    const all = [...burst, ...late];
    const ids = new Set(all.map((r) => r.body.id));
    const rows = await count(one, 'statements', `idempotency_key = 'dup-key-1'`);
    stateChanging2xx += 1;
    figure('duplicate POSTs: rows', rows, '1', rows === 1);
    figure('duplicate POSTs: distinct ids answered', ids.size, '1', ids.size === 1 && all.every((r) => r.status === 201));
    expect(rows).toBe(1);
  });

  it('tokens: unknown, tampered, disabled → 401', async () => {
    const made = await one.http().post('/members').set(bearer(c.secretariat)).send({ name: 'Victim', role: 'member', groupCode: 'EMP' }).expect(201);
    stateChanging2xx += 1;
    const victim = { id: made.body.id as string, token: made.body.token as string };
    await one.http().get('/me').set(bearer(victim.token)).expect(200);
    await two.http().get('/me').set(bearer(victim.token)).expect(200);
    const tampered = victim.token.slice(0, -1) + (victim.token.endsWith('A') ? 'B' : 'A');
    const unknown = await one
      .http()
      .get('/me')
      .set(bearer(`gbdw_${'Z'.repeat(43)}`));
    const bad = await one.http().get('/me').set(bearer(tampered));
    const off = await one.http().post(`/members/${victim.id}/disable`).set(bearer(c.secretariat));
    stateChanging2xx += off.status === 200 ? 1 : 0;
    // The other instance hears of it through NOTIFY; allow it a moment.
    let disabledElsewhere = 0;
    for (let i = 0; i < 50 && disabledElsewhere !== 401; i++) {
      disabledElsewhere = (await two.http().get('/me').set(bearer(victim.token))).status;
      if (disabledElsewhere !== 401) await new Promise((r) => setTimeout(r, 20));
    }
    const disabledHere = (await one.http().get('/me').set(bearer(victim.token))).status;
    const statuses = [unknown.status, bad.status, disabledHere, disabledElsewhere];
    figure(
      'tokens: unknown, tampered, disabled here, disabled on the other instance',
      statuses.join(', '),
      '401 each',
      statuses.every((s) => s === 401),
    );
    expect(statuses).toEqual([401, 401, 401, 401]);
  });

  it('audit: rows = state-changing 2xx responses; UPDATE and DELETE refused', async () => {
    const rows = (await count(one, 'audit_events')) - auditBefore;
    figure('audit: rows vs state-changing 2xx', `${rows} vs ${stateChanging2xx}`, 'equal', rows === stateChanging2xx);
    const refused = await Promise.all([
      one.db.query(`UPDATE audit_events SET event = 'X'`).then(
        () => false,
        () => true,
      ),
      one.db.query('DELETE FROM audit_events').then(
        () => false,
        () => true,
      ),
    ]);
    figure('audit: UPDATE and DELETE refused', refused.join(', '), 'true, true', refused.every(Boolean));
    expect(rows).toBe(stateChanging2xx);
    expect(refused).toEqual([true, true]);
  });
});
