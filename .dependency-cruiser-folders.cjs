// No folder loops (`npm run lint:deps`, second pass): two folders that import each other are one concept split in
// two; the shared part gets its own folder. Code only: a *.test.ts may use any helper beside it.

const { forbidden, options } = require('./.dependency-cruiser.cjs');

// Our folders, as the first rule of the main config names them.
const ours = forbidden.find((r) => r.name === 'core-imports-nothing-of-ours').to.path;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-folder-loops',
      comment: 'Two folders that import each other are one concept split in two: move the shared part to its own folder.',
      severity: 'error',
      scope: 'folder',
      from: { path: ours },
      to: { circular: true },
    },
  ],
  options: { ...options, exclude: { path: ['^node_modules/', '[.]test[.]ts$'] } },
};
