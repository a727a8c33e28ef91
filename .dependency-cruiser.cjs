/**
 * The layers of the house (docs/architecture.md): libs are pure and never reach the apps; the web app
 * takes only the text engine from them; common/ and database/ serve the features and import none;
 * a feature takes another's module, service, errors or view, never its internals.
 */
const fs = require('node:fs');

// Every folder of apps/api/src but the floors below the features and the assembly above them.
const NOT_FEATURES = ['common', 'database', 'config', 'bootstrap', 'cli'];
const FEATURES = `(${fs
  .readdirSync(`${__dirname}/apps/api/src`, { withFileTypes: true })
  .filter((e) => e.isDirectory() && !NOT_FEATURES.includes(e.name))
  .map((e) => e.name)
  .join('|')})`;
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle makes the order of loading decide behaviour.',
      from: { pathNot: '\\.spec\\.ts$' },
      to: { circular: true },
    },
    { name: 'libs-are-pure', severity: 'error', comment: 'libs/ never import the apps.', from: { path: '^libs/' }, to: { path: '^apps/' } },
    {
      name: 'libs-no-frameworks',
      severity: 'error',
      comment: 'libs/ is plain TypeScript: no Nest, TypeORM, pg, Fastify, and no Node module at all.',
      from: { path: '^libs/[^/]+/src/' },
      to: { path: '^node_modules/(@nestjs|typeorm|pg|fastify)/' },
    },
    { name: 'libs-no-node', severity: 'error', comment: 'libs/ does no I/O.', from: { path: '^libs/[^/]+/src/' }, to: { dependencyTypes: ['core'] } },
    {
      name: 'text-engine-stands-alone',
      severity: 'error',
      comment: 'What the browser bundles of libs/drafting takes nothing but libs/common: no package, no other lib.',
      from: { path: '^libs/(drafting|common)/src/' },
      to: { pathNot: '^libs/(drafting|common)/src/' },
    },
    {
      name: 'drafting-before-publishing',
      severity: 'error',
      comment: 'The text engine the browser shares never reaches the server-only renderers.',
      from: { path: '^libs/drafting/src/' },
      to: { path: '^libs/publishing/' },
    },
    {
      name: 'web-takes-only-the-text-engine',
      severity: 'error',
      comment: 'The browser imports libs/drafting (the text engine) and nothing of the server.',
      from: { path: '^apps/web/' },
      to: { path: '^(apps/api/|libs/(?!drafting/))' },
    },
    {
      name: 'common-imports-no-feature',
      severity: 'error',
      comment: 'common/, database/ and config/ serve every feature; they depend on none.',
      from: { path: '^apps/api/src/(common|database|config)/', pathNot: '\\.spec\\.ts$' },
      to: { path: `^apps/api/src/${FEATURES}/` },
    },
    {
      name: 'feature-internals-stay-inside',
      severity: 'error',
      comment: "A feature takes another's module, service, errors or view; its controllers, DTOs and helpers are its own.",
      from: { path: `^apps/api/src/${FEATURES}/` },
      to: {
        path: `^apps/api/src/${FEATURES}/`,
        pathNot: ['^apps/api/src/$1/', '^apps/api/src/[^/]+/[^/]+\\.(module|service|errors|view)\\.ts$'],
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|\\.build|\\.scratch)/|schema\\.d\\.ts$' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.tsx', '.js', '.mjs'],
    },
  },
};
