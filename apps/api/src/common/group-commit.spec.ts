import { describe, expect, it } from '@jest/globals';
import { GroupCommit } from './group-commit.js';

/** A run whose batches the test releases by hand. */
function gated() {
  const batches: { items: number[]; release: (out?: string[]) => void; fail: (e: Error) => void }[] = [];
  const commit = new GroupCommit<number, string>(
    (items) =>
      new Promise<string[]>((resolve, reject) => {
        batches.push({ items, release: (out) => resolve(out ?? items.map((i) => `row ${i}`)), fail: reject });
      }),
    3,
  );
  return { commit, batches };
}
const tick = () => new Promise((r) => setImmediate(r));

describe('group commit', () => {
  it('a write alone goes at once, in a batch of one', async () => {
    const { commit, batches } = gated();
    const one = commit.submit(1);
    await tick();
    expect(batches.map((b) => b.items)).toEqual([[1]]);
    batches[0].release();
    expect(await one).toBe('row 1');
  });

  it('writes arriving while a batch commits go together in the next one, each answered with its own result', async () => {
    const { commit, batches } = gated();
    const first = commit.submit(1);
    const waiting = [2, 3].map((i) => commit.submit(i));
    await tick();
    expect(batches.map((b) => b.items)).toEqual([[1]]); // one batch at a time
    batches[0].release();
    await tick();
    expect(batches.map((b) => b.items)).toEqual([[1], [2, 3]]);
    batches[1].release(['second', 'third']);
    expect(await Promise.all([first, ...waiting])).toEqual(['row 1', 'second', 'third']);
  });

  it('never more than the largest batch at once', async () => {
    const { commit, batches } = gated();
    const all = [1, 2, 3, 4, 5].map((i) => commit.submit(i));
    await tick();
    batches[0].release();
    await tick();
    batches[1].release();
    await tick();
    batches[2]?.release();
    await Promise.all(all);
    expect(batches.map((b) => b.items)).toEqual([[1], [2, 3, 4], [5]]);
  });

  it('a failed batch fails its own writes only; the next batch goes on', async () => {
    const { commit, batches } = gated();
    const first = commit.submit(1);
    const second = commit.submit(2);
    await tick();
    batches[0].fail(new Error('connection lost'));
    await expect(first).rejects.toThrow('connection lost');
    await tick();
    batches[1].release();
    expect(await second).toBe('row 2');
  });
});
