// Rule: every statement traces to a registered source document.
import { isObject, objectAt, stringsAt } from '../../model/json.ts';
import { toPointer } from '../../model/json-pointer.ts';
import type { SpecFile, SpecModel } from '../../model/spec-model.ts';
import type { Finding } from '../finding.ts';
import type { LintRule } from '../lint-rule.ts';

/** Operations, rules, error codes and stated rate limits carry x-tc-doc; every id used is in x-tc-doc-sources. */
export const docProvenance: LintRule = {
  id: 'doc-provenance',
  says: 'Operations, their rules, error codes and (unless assumed) rate limits carry x-tc-doc; every doc id used anywhere is registered in common.yaml x-tc-doc-sources.',
  check: (model) => [...missingProvenance(model), ...unregisteredIds(model)],
};

function missingProvenance(model: SpecModel): readonly Finding[] {
  const out: Finding[] = [];
  const need = (node: unknown, file: string, pointer: string, what: string): void => {
    if (stringsAt(node, 'x-tc-doc').length === 0) out.push({ rule: 'doc-provenance', file, pointer, message: `${what} has no x-tc-doc` });
  };
  for (const op of model.products.flatMap((p) => p.operations)) {
    need(op.op, op.file, op.pointer, op.key);
    const rules = Array.isArray(op.op['x-tc-rules']) ? op.op['x-tc-rules'] : [];
    rules.forEach((rule, i) => need(rule, op.file, `${op.pointer}/x-tc-rules/${i}`, `${op.key} rule ${String(objectAt({ rule }, 'rule')['id'])}`));
    for (const [code, entry] of Object.entries(objectAt(op.op, 'x-tc-error-codes'))) {
      need(entry, op.file, `${op.pointer}${toPointer(['x-tc-error-codes', code])}`, `${op.key} error code ${code}`);
    }
    const rate = objectAt(op.op, 'x-tc-rate-limit');
    if (rate['assumed'] !== true) need(rate, op.file, `${op.pointer}/x-tc-rate-limit`, `${op.key} rate limit (not marked assumed)`);
  }
  return out;
}

function unregisteredIds(model: SpecModel): readonly Finding[] {
  const registered = new Set(Object.keys(objectAt(model.common.doc, 'x-tc-doc-sources')));
  const files = [model.common, ...model.products.map((p) => p.file)];
  return files.flatMap((file) =>
    docIds(file).flatMap(({ id, pointer }) =>
      registered.has(id) ? [] : [{ rule: 'doc-provenance', file: file.name, pointer, message: `doc id ${id} is not in x-tc-doc-sources` }],
    ),
  );
}

/** Every doc id a file uses: x-tc-doc values anywhere and the sources of x-tc-doc-conflicts. */
function docIds(file: SpecFile): readonly { readonly id: string; readonly pointer: string }[] {
  const out: { id: string; pointer: string }[] = [];
  const walk = (node: unknown, path: readonly (string | number)[]): void => {
    if (Array.isArray(node)) node.forEach((item, i) => walk(item, [...path, i]));
    if (!isObject(node)) return;
    for (const id of stringsAt(node, 'x-tc-doc')) out.push({ id, pointer: toPointer([...path, 'x-tc-doc']) });
    for (const [key, value] of Object.entries(node)) if (key !== 'x-tc-doc-sources') walk(value, [...path, key]);
  };
  walk(file.doc, []);
  const conflicts = Array.isArray(file.doc['x-tc-doc-conflicts']) ? file.doc['x-tc-doc-conflicts'] : [];
  conflicts.forEach((conflict, i) => {
    for (const id of stringsAt(conflict, 'sources')) out.push({ id, pointer: toPointer(['x-tc-doc-conflicts', i, 'sources']) });
  });
  return out;
}
