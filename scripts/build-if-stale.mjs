// prestart: rebuild dist/ with swc only when a source file is newer than the last build.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const stamp = path.join(root, 'dist', '.built');
const newest = (dir) => {
  let max = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    // Installed packages and the tools' caches are not sources.
    if (e.name === 'node_modules') continue;
    const p = path.join(dir, e.name);
    max = Math.max(max, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return max;
};
const built = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
const sources = Math.max(
  ...['apps', 'libs', 'migrations', '.swcrc', 'package-lock.json'].map((d) => {
    const p = path.join(root, d);
    return fs.statSync(p).isDirectory() ? newest(p) : fs.statSync(p).mtimeMs;
  }),
);
if (sources > built) {
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  fs.writeFileSync(stamp, new Date().toISOString());
}
