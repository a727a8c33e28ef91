import { it } from '@jest/globals';

/**
 * A sitting told in order: each chapter builds on the one before, so they run as ONE test (no
 * test depends on another having run), and a failure names its chapter.
 */
export function chapters(title: string) {
  const list: [string, () => Promise<void>][] = [];
  return {
    chapter: (name: string, fn: () => Promise<void>) => void list.push([name, fn]),
    run: () =>
      it(
        title,
        async () => {
          for (const [name, fn] of list) {
            try {
              await fn();
            } catch (e) {
              if (e instanceof Error) e.message = `[chapter: ${name}] ${e.message}`;
              throw e;
            }
          }
        },
        list.length * 30_000 || 30_000,
      ),
  };
}
