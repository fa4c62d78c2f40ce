// The architecture's import rules, checked by `npm run lint:deps` (dependency-cruiser; CI runs it). ARCHITECTURE.md
// explains each folder's concern; these rules are its dependency directions, stated once. Tests obey them too.
// Folder loops are checked by .dependency-cruiser-folders.cjs (code only: a test may use any helper beside it).

/** Every top-level folder of ours. */
const ours = '^(core|specs|generators|generated|checks|suites|reports|mock|cli|sdk|bench|recording|arbitraries)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-imports-nothing-of-ours',
      comment: 'core/ is the wire protocol (signing, forms, envelope, client, pacing): it depends on no other folder.',
      severity: 'error',
      from: { path: '^core/' },
      to: { path: ours, pathNot: '^core/' },
    },
    {
      name: 'checks-are-pure',
      comment: 'checks/ are pure functions from exchanges to findings: they read core and the generated spec tables only, never mock, suites, reports, cli or sdk.',
      severity: 'error',
      from: { path: '^checks/', pathNot: '[.]test[.]ts$' },
      to: { path: ours, pathNot: '^(checks|core|generated)/' },
    },
    {
      name: 'checks-tests-read-specs-at-most',
      comment: 'A test of a check may also read the vendor examples the spec lint keeps (specs/), never the mock or the harness.',
      severity: 'error',
      from: { path: '^checks/.*[.]test[.]ts$' },
      to: { path: ours, pathNot: '^(checks|core|generated|specs)/' },
    },
    {
      name: 'mock-is-no-oracle-consumer',
      comment: 'mock/ emulates the vendor from core and the generated tables: it never imports checks, suites, reports, cli, sdk or bench.',
      severity: 'error',
      from: { path: '^mock/' },
      to: { path: '^(checks|suites|reports|cli|sdk|bench|generators|specs|recording)/' },
    },
    {
      name: 'reports-read-the-results-model',
      comment: 'reports/ render the results model (checks/case-record.ts and its parts): never the engine, the harness, the mock, the CLI or the SDK gate.',
      severity: 'error',
      from: { path: '^reports/' },
      to: { path: '^(suites|mock|cli|sdk|bench|generators|specs)/' },
    },
    {
      name: 'generators-never-import-mock',
      comment: 'generators/ build generated/ from specs/: they never import the mock (or anything that runs against a target).',
      severity: 'error',
      from: { path: '^generators/' },
      to: { path: '^(mock|suites|checks|reports|cli|sdk|bench)/' },
    },
    {
      name: 'generated-imports-its-runtime-and-types',
      comment: 'generated/ is data and code built from the specs: it imports only itself, the fast-check runtime (arbitraries/) and the hand-written types of its tables (specs/model/).',
      severity: 'error',
      from: { path: '^generated/' },
      to: { path: ours, pathNot: '^(generated|arbitraries|specs/model)/' },
    },
    {
      name: 'suites-use-the-mock-facade',
      comment: 'The mock is never the oracle: suites (and their harness) reach the embedded mock only through mock/index.ts.',
      severity: 'error',
      from: { path: '^suites/' },
      to: { path: '^mock/', pathNot: '^mock/index[.]ts$' },
    },
    {
      name: 'the-mock-facade-is-the-way-in',
      comment: 'Outside mock/, code reaches the mock only through mock/index.ts (a test may also use the mock\'s test helpers).',
      severity: 'error',
      from: { path: ours, pathNot: ['^mock/', '[.]test[.]ts$'] },
      to: { path: '^mock/', pathNot: '^mock/index[.]ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^node_modules/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
