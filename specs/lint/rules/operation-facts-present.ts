// Rule: every operation states its vendor facts: error codes, rate limit, safety.
import { isObject, objectAt, stringAt } from '../../model/json.ts';
import type { OperationModel } from '../../model/spec-model.ts';
import type { Finding } from '../finding.ts';
import type { LintRule } from '../lint-rule.ts';

/** x-tc-error-codes (empty only with x-tc-error-codes-note), x-tc-rate-limit and x-tc-safety are present. */
export const operationFactsPresent: LintRule = {
  id: 'operation-facts-present',
  says: 'Every operation has x-tc-error-codes ({description, x-tc-doc} each; empty only with x-tc-error-codes-note), x-tc-rate-limit {perSecond} and x-tc-safety; observers are read-only.',
  check: (model) => model.products.flatMap((product) => product.operations.flatMap(problemsOf)),
};

function problemsOf(op: OperationModel): readonly Finding[] {
  const problems: string[] = [];
  const codes = op.op['x-tc-error-codes'];
  if (!isObject(codes)) problems.push('has no x-tc-error-codes');
  else if (Object.keys(codes).length === 0 && stringAt(op.op, 'x-tc-error-codes-note') === undefined) {
    problems.push('has an empty x-tc-error-codes without an x-tc-error-codes-note');
  } else {
    for (const [code, entry] of Object.entries(codes)) {
      if (stringAt(entry, 'description') === undefined) problems.push(`error code ${code} has no description`);
      const stray = Object.keys(isObject(entry) ? entry : {}).filter((key) => key !== 'description' && key !== 'x-tc-doc');
      if (stray.length > 0) problems.push(`error code ${code} has keys other than description and x-tc-doc: ${stray.join(', ')}`);
    }
  }
  const rate = objectAt(op.op, 'x-tc-rate-limit');
  const perSecond = rate['perSecond'];
  if (typeof perSecond !== 'number' || !(perSecond > 0)) problems.push('has no x-tc-rate-limit with a positive perSecond');
  const safety = stringAt(op.op, 'x-tc-safety');
  if (safety !== 'read-only' && safety !== 'mutating') problems.push('has no x-tc-safety (read-only | mutating)');
  if (op.op['x-tc-observer'] === true && safety !== 'read-only') problems.push('is an observer but not read-only');
  return problems.map((message) => ({ rule: 'operation-facts-present', file: op.file, pointer: op.pointer, message: `${op.key} ${message}` }));
}
