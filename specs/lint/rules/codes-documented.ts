// Rule: every error code the specs name is documented for its operation or is a common code.
import { isObject, objectAt, stringAt, stringsAt } from '../../model/json.ts';
import { toPointer } from '../../model/json-pointer.ts';
import { CONSTRAINT_KINDS } from '../../model/param-constraint.ts';
import type { OperationModel, SpecModel } from '../../model/spec-model.ts';
import type { Finding } from '../finding.ts';
import type { LintRule } from '../lint-rule.ts';

/** Codes in rules, violation codes, limits and protocol rules ⊆ the operation's x-tc-error-codes ∪ common codes. */
export const codesDocumented: LintRule = {
  id: 'codes-documented',
  says: 'Every code named in x-tc-rules, x-tc-violation-codes, x-tc-limits and x-tc-protocol-rules is documented for the operation (the product, for product limits) or is a common code; violation-code kinds are known.',
  check: (model) => {
    const common = new Set(Object.keys(objectAt(model.common.doc, 'x-tc-common-error-codes')));
    const out: Finding[] = [];
    const report = (file: string, pointer: string, codes: readonly string[], known: ReadonlySet<string>, what: string): void => {
      for (const code of codes) {
        if (!known.has(code) && !common.has(code)) out.push({ rule: 'codes-documented', file, pointer, message: `${what} names ${code}, which is documented neither there nor as a common code` });
      }
    };
    const commonFile = model.common.name;
    violationCodes(model.common.doc['x-tc-violation-codes'], '/x-tc-violation-codes', (pointer, kind, codes) => {
      if (kind === undefined) out.push(unknownKind(commonFile, pointer));
      else report(commonFile, pointer, codes, new Set(), `default violation codes for ${kind}`);
    });
    listOf(model.common.doc['x-tc-protocol-rules']).forEach((rule, i) =>
      report(commonFile, `/x-tc-protocol-rules/${i}/codes`, stringsAt(rule, 'codes'), new Set(), `protocol rule ${stringAt(rule, 'id')}`),
    );
    for (const product of model.products) {
      const productCodes = new Set(product.operations.flatMap((op) => Object.keys(objectAt(op.op, 'x-tc-error-codes'))));
      for (const [name, limit] of Object.entries(objectAt(product.file.doc, 'x-tc-limits'))) {
        report(product.file.name, toPointer(['x-tc-limits', name, 'codes']), stringsAt(limit, 'codes'), productCodes, `product limit ${name}`);
      }
      for (const op of product.operations) checkOperation(op, report, (pointer) => out.push(unknownKind(op.file, pointer)));
    }
    return out;
  },
};

type Report = (file: string, pointer: string, codes: readonly string[], known: ReadonlySet<string>, what: string) => void;

function checkOperation(op: OperationModel, report: Report, unknown: (pointer: string) => void): void {
  const known = new Set(Object.keys(objectAt(op.op, 'x-tc-error-codes')));
  listOf(op.op['x-tc-rules']).forEach((rule, i) =>
    report(op.file, `${op.pointer}/x-tc-rules/${i}/codes`, stringsAt(rule, 'codes'), known, `${op.key} rule ${stringAt(rule, 'id')}`),
  );
  for (const [name, limit] of Object.entries(objectAt(op.op, 'x-tc-limits'))) {
    report(op.file, `${op.pointer}${toPointer(['x-tc-limits', name, 'codes'])}`, stringsAt(limit, 'codes'), known, `${op.key} limit ${name}`);
  }
  // The operation is dereferenced, so these pointers run through resolved $refs.
  const visit = (node: unknown, path: readonly (string | number)[]): void => {
    if (Array.isArray(node)) node.forEach((item, i) => visit(item, [...path, i]));
    if (!isObject(node)) return;
    violationCodes(node['x-tc-violation-codes'], op.pointer + toPointer(path), (pointer, kind, codes) => {
      if (kind === undefined) unknown(pointer);
      else report(op.file, pointer, codes, known, `${op.key} violation codes for ${kind}`);
    });
    for (const [key, value] of Object.entries(node)) if (key !== 'x-tc-violation-codes') visit(value, [...path, key]);
  };
  visit(op.op, []);
}

function violationCodes(node: unknown, pointer: string, each: (pointer: string, kind: string | undefined, codes: readonly string[]) => void): void {
  if (!isObject(node)) return;
  for (const [kind, codes] of Object.entries(node)) {
    const known = (CONSTRAINT_KINDS as readonly string[]).includes(kind) ? kind : undefined;
    each(`${pointer}/x-tc-violation-codes/${kind}`, known, Array.isArray(codes) ? codes.filter((c): c is string => typeof c === 'string') : []);
  }
}

function unknownKind(file: string, pointer: string): Finding {
  return { rule: 'codes-documented', file, pointer, message: `x-tc-violation-codes key at ${pointer} is not a constraint kind (${CONSTRAINT_KINDS.join(', ')})` };
}

function listOf(node: unknown): readonly Record<string, unknown>[] {
  return Array.isArray(node) ? node.filter(isObject) : [];
}
