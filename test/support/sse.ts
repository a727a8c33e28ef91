import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from '@jest/globals';
import { type Cast, cast, importSeed } from './seeded.js';
import { bearer, startTestApp, type TestApp } from './test-app.js';

export interface Frame {
  id: string;
  data: { entityType: string; entityId: string; event: string; fromState: string | null; toState: string; scope: Record<string, string | null> | null };
}

/** Opens GET /events on a listening app and collects frames until `n` arrive. */
export function listen(port: number, token: string, lastEventId?: string) {
  const frames: Frame[] = [];
  let waiters: (() => void)[] = [];
  let markEnded: () => void = () => undefined;
  const ended = new Promise<void>((r) => (markEnded = r));
  const req = http.get(
    { host: '127.0.0.1', port, path: '/events', headers: { ...bearer(token), ...(lastEventId ? { 'Last-Event-ID': lastEventId } : {}) } },
    (res) => {
      res.on('end', () => markEnded());
      let buf = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buf += chunk;
        for (let i = buf.indexOf('\n\n'); i >= 0; i = buf.indexOf('\n\n')) {
          const block = buf.slice(0, i);
          buf = buf.slice(i + 2);
          const id = /^id: (.+)$/m.exec(block)?.[1];
          const data = /^data: (.+)$/m.exec(block)?.[1];
          if (id && data) frames.push({ id, data: JSON.parse(data) });
          for (const w of waiters) w();
        }
      });
    },
  );
  const until = (n: number, ms = 5000) =>
    new Promise<Frame[]>((resolve, reject) => {
      const check = () => frames.length >= n && resolve(frames);
      const timer = setTimeout(() => reject(new Error(`only ${frames.length} of ${n} frames`)), ms);
      waiters.push(() => {
        if (frames.length >= n) {
          clearTimeout(timer);
          resolve(frames);
        }
      });
      check();
    });
  return { frames, until, ended, close: () => req.destroy(), reset: () => (waiters = []) };
}

/**
 * Two instances of the app on one database, the first listening on a port for event streams,
 * with a cast and the seed imported: set up before the file's tests, closed after them.
 */
export function useTwoInstances(): { one: TestApp; two: TestApp; c: Cast; decisionId: string; port: number } {
  const s = {} as { one: TestApp; two: TestApp; c: Cast; decisionId: string; port: number };
  beforeAll(async () => {
    s.one = await startTestApp();
    s.two = await startTestApp({}, s.one);
    await s.one.app.listen({ port: 0, host: '127.0.0.1' });
    s.port = (s.one.app.getHttpServer().address() as AddressInfo).port;
    s.c = await cast(s.one);
    ({ decisionId: s.decisionId } = await importSeed(s.one, s.c));
  });
  afterAll(async () => {
    await s.two.close();
    await s.one.close();
  });
  return s;
}
