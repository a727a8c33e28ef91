/**
 * The layers of the house (docs/architecture.md): libs are pure and never reach the apps; the web app
 * takes only the text engine from them; common/ and database/ serve the features and import none;
 * a feature takes another's module, service, errors or view, never its internals.
 */
const FEATURES = '(amendments|audit|decisions|documents|events|groups|health|members|plan|sign-in|statements|workflow)';
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
      comment: 'libs/ is plain TypeScript: no Nest, TypeORM, pg or Node I/O.',
      from: { path: '^libs/[^/]+/src/' },
      to: { path: '^node_modules/(@nestjs|typeorm|pg|fastify)/|^(fs|node:fs|http|node:http|net|node:net|child_process|node:child_process)$' },
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
      comment: 'The browser imports libs/drafting (and libs/common, which it uses) and nothing of the server.',
      from: { path: '^apps/web/' },
      to: { path: '^(apps/api|libs/(?!drafting|common)[^/]+)/' },
    },
    {
      name: 'common-imports-no-feature',
      severity: 'error',
      comment: 'common/ is what every feature shares; it depends on none.',
      from: { path: '^apps/api/src/(common|database)/', pathNot: '\\.spec\\.ts$' },
      to: { path: `^apps/api/src/${FEATURES}/` },
    },
    {
      name: 'feature-internals-stay-inside',
      severity: 'error',
      comment: "A feature takes another's module, service, errors or view; its controllers, DTOs and helpers are its own.",
      from: { path: `^apps/api/src/${FEATURES}/` },
      to: {
        path: `^apps/api/src/${FEATURES}/`,
        pathNot: ['^apps/api/src/$1/', '\\.(module|service|errors|view)\\.ts$'],
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|\\.build|\\.scratch)/|schema\\.d\\.ts$' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.tsx', '.js', '.mjs'],
    },
  },
};
