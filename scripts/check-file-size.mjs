// No hand-written source file over 300 lines: past that a file does more than one job (#20).
// Generated files (the OpenAPI types, migrations from `migration:generate`) are left out.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const LIMIT = 300;
const GENERATED = [/^apps\/web\/src\/api\/schema\.d\.ts$/, /^migrations\//];
const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'apps', 'libs', 'test', 'bench', 'scripts'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => /\.(ts|tsx|mjs|js|cjs|css)$/.test(f) && !GENERATED.some((g) => g.test(f)) && fs.existsSync(f));
const long = files.map((f) => [f, fs.readFileSync(f, 'utf8').split('\n').length - 1]).filter(([, n]) => n > LIMIT);
for (const [f, n] of long) console.error(`${f}: ${n} lines (at most ${LIMIT})`);
if (long.length) process.exit(1);
console.log(`${files.length} source files, none over ${LIMIT} lines`);
