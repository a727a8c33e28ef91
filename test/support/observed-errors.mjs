// Each error answer the e2e tests met must be one its route's OpenAPI declares: the codes published
// per operation are then what the app does, not what someone wrote down (test-app.ts records them).
import fs from 'node:fs';
import path from 'node:path';

export function checkObservedErrors(dir) {
  const doc = path.join(dir, 'openapi.json');
  if (!fs.existsSync(doc)) return;
  const paths = JSON.parse(fs.readFileSync(doc, 'utf8')).paths;
  const missing = new Set();
  let seen = 0;
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) {
    for (const line of fs.readFileSync(path.join(dir, file), 'utf8').split('\n').filter(Boolean)) {
      const { method, route, status, code } = JSON.parse(line);
      const op = paths[route.replace(/:([A-Za-z]+)/g, '{$1}')]?.[method.toLowerCase()];
      if (!op) continue; // a route the OpenAPI leaves out (the web app's pages, the docs)
      seen++;
      const declared = op.responses?.[status]?.content?.['application/json']?.schema?.allOf?.[1]?.properties?.code?.enum;
      if (!declared?.includes(code)) missing.add(`${method} ${route} ${status} ${code}`);
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
  if (missing.size) throw new Error(`Error answers the OpenAPI does not declare for their route (${missing.size}):\n${[...missing].sort().join('\n')}`);
  process.stdout.write(`\nevery one of ${seen} error answers met is declared by its route's OpenAPI\n`);
}
