// Replaces the `require(...)` calls ajv's standalone ESM output still contains (ajv issues 2209 and 1976).

/**
 * Rewrites every `require("m")` into an import of `m` (with `.js` added for deep paths) and a small
 * CommonJS unwrap, so the module is pure ESM. Node gives a CommonJS module's `module.exports` as the default
 * import; other loaders may give `exports.default`, which the unwrap also accepts.
 */
export function esmRequires(code: string): string {
  const modules: string[] = [];
  const body = code
    .replace(/^"use strict";\n?/, '')
    .replace(/require\(\s*"([^"]+)"\s*\)/g, (_match, name: string) => {
      if (!modules.includes(name)) modules.push(name);
      return `cjs${modules.indexOf(name)}`;
    });
  if (modules.length === 0) return body;
  const imports = modules.map((name, i) => `import * as ns${i} from '${withExtension(name)}';`);
  const unwraps = modules.map((_, i) => `const cjs${i} = unwrapCjs(ns${i});`);
  const helper = [
    'function unwrapCjs(ns) {',
    '  const d = ns.default;',
    "  return d !== null && typeof d === 'object' && d.__esModule ? d : ns;",
    '}',
  ];
  return [...imports, ...unwraps, ...helper, body].join('\n');
}

function withExtension(name: string): string {
  const deep = name.split('/').length > (name.startsWith('@') ? 2 : 1);
  return deep && !/\.[cm]?js$/.test(name) ? `${name}.js` : name;
}
