/**
 * The dependency direction of Jixiao (docs/ARCHITECTURE.md):
 *   core ← db ← app ← server, cli        core ← contract ← server, cli, web
 * A violation fails `npm run check` with the message of the rule it breaks.
 */
const layer = (name) => `^src/${name}/`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'src/core is the pure domain: it imports nothing else of ours. Move IO to src/app, SQL to src/db.',
      severity: 'error',
      from: { path: layer('core'), pathNot: '\\.test\\.ts$' },
      to: { path: '^(src/(db|app|contract|server|cli)|web|e2e|bench)/' },
    },
    {
      name: 'core-tests-stay-in-core',
      comment: 'Tests of src/core use src/core and the synthetic document generator (bench/generate.ts) only.',
      severity: 'error',
      from: { path: '^src/core/.*\\.test\\.ts$' },
      to: { path: '^(src/(db|app|contract|server|cli)|web|e2e|bench)/', pathNot: '^bench/generate\\.ts$' },
    },
    {
      name: 'core-does-no-io',
      comment: 'src/core does no IO: no filesystem, network, processes or databases. Take bytes in, return values. (Its tests may read fixtures.)',
      severity: 'error',
      from: { path: layer('core'), pathNot: '\\.test\\.ts$' },
      to: {
        dependencyTypes: ['core', 'npm'],
        path: '^(node:)?(fs|fs/promises|net|http|https|http2|child_process|worker_threads|dgram|dns|tls|cluster|os|process)$|^(pg|@electric-sql/pglite|drizzle-orm)',
      },
    },
    {
      name: 'db-sees-only-core',
      comment: 'src/db (schema, migrations, repositories) depends on src/core only.',
      severity: 'error',
      from: { path: layer('db') },
      to: { path: '^(src/(app|contract|server|cli)|web|e2e|bench)/' },
    },
    {
      name: 'app-sees-core-and-db',
      comment: 'src/app (use cases) depends on src/core and src/db only; doors (server, cli) call it, not the reverse.',
      severity: 'error',
      from: { path: layer('app') },
      to: { path: '^(src/(contract|server|cli)|web|e2e|bench)/' },
    },
    {
      name: 'contract-sees-only-core',
      comment: 'src/contract (zod schemas shared with the web app) depends on src/core only.',
      severity: 'error',
      from: { path: layer('contract') },
      to: { path: '^(src/(db|app|server|cli)|web|e2e|bench)/' },
    },
    {
      name: 'doors-do-not-touch-db',
      comment: 'src/server and src/cli are thin doors: they call use cases in src/app, never src/db (SQL lives in src/db, reached through src/app). Their tests may set up a database directly.',
      severity: 'error',
      from: { path: '^src/(server|cli)/', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/db/' },
    },
    {
      name: 'doors-are-separate',
      comment: 'src/server and src/cli do not import each other; share code through src/app or src/contract. (`jixiao serve` is the one command that starts the server.)',
      severity: 'error',
      from: { path: '^src/(server|cli)/', pathNot: '^src/cli/commands/serve\\.ts$' },
      to: { path: '^src/(server|cli)/', pathNot: '^src/$1/' },
    },
    {
      name: 'web-sees-contract-and-core',
      comment: 'web/ talks to the server through src/contract types and may use pure src/core; never src/db, src/app, src/server or src/cli.',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^src/(db|app|server|cli)/' },
    },
    {
      name: 'no-circular',
      comment: 'Circular imports make layers meaningless; break the cycle by moving the shared piece inward.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/|\\.d\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
