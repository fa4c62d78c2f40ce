// Rule: no text was cut in two by a comma inside a YAML flow mapping (`{ description: a, b, x-tc-doc: ... }`).
import { isObject } from '../../model/json.ts';
import { toPointer } from '../../model/json-pointer.ts';
import type { SpecFile } from '../../model/spec-model.ts';
import type { Finding } from '../finding.ts';
import type { LintRule } from '../lint-rule.ts';

/**
 * A plain scalar in a flow mapping ends at the first comma, and the rest becomes a key with a null value:
 * `{ description: A, not B., x-tc-doc: d }` silently loses "not B.". Example values are left alone.
 */
export const flowTextIntact: LintRule = {
  id: 'flow-text-intact',
  says: 'No key with whitespace and a null value (the rest of a plain scalar a comma cut off in a flow mapping); quote such text.',
  check: (model) => [model.common, ...model.products.map((p) => p.file)].flatMap(strayKeys),
};

function strayKeys(file: SpecFile): readonly Finding[] {
  const out: Finding[] = [];
  const walk = (node: unknown, path: readonly (string | number)[]): void => {
    if (Array.isArray(node)) node.forEach((item, i) => walk(item, [...path, i]));
    if (!isObject(node)) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'examples' || key === 'example') continue;
      if (value === null && /\s/.test(key)) {
        out.push({ rule: 'flow-text-intact', file: file.name, pointer: toPointer([...path, key]), message: `"${key}" looks like text a comma cut off in a flow mapping; quote the whole value` });
      }
      walk(value, [...path, key]);
    }
  };
  walk(file.doc, []);
  return out;
}
