// Renders generated/arbitraries/: one tiny module per operation over the hand-written fast-check runtime in
// arbitraries/, plus an index.
import type { Result } from '../core/types.ts';
import { GENERATED_HEADER } from './generated-header.ts';
import { isObject, objectAt, stringAt, stringsAt } from '../specs/model/json.ts';
import { kebabCase, pascalCase } from './pascal-case.ts';
import { paramShape } from './param-shape.ts';
import type { OperationModel, SpecModel } from '../specs/model/spec-model.ts';
import { quote, tsLiteral } from './ts-literal.ts';

/** The module name of an operation's arbitraries: `lighthouse-share-blueprint-across-accounts`. */
export function arbitrariesModule(product: string, action: string): string {
  return `${product}-${kebabCase(action)}`;
}

/** The arbitraries files by path under generated/ (`arbitraries/<module>.ts` and `arbitraries/index.ts`). */
export function renderArbitraries(model: SpecModel): Result<Readonly<Record<string, string>>, readonly string[]> {
  const files: Record<string, string> = {};
  const errors: string[] = [];
  const entries: { readonly key: string; readonly module: string; readonly local: string }[] = [];
  for (const product of model.products) {
    for (const op of product.operations) {
      const action = stringAt(op.op, 'x-tc-action') ?? '';
      const shape = paramShape(op.requestSchema ?? { type: 'object' }, exclusiveGroups(op));
      if (!shape.ok) {
        errors.push(...shape.error.map((e) => `${op.key}: ${e}`));
        continue;
      }
      const module = arbitrariesModule(product.product, action);
      const local = `${product.product}${action}`;
      entries.push({ key: op.key, module, local });
      files[`arbitraries/${module}.ts`] = moduleText(op.key, `${pascalCase(product.product)}${action}Request`, tsLiteral(shape.value));
    }
  }
  files['arbitraries/index.ts'] = indexText(entries);
  return errors.length > 0 ? { ok: false, error: errors } : { ok: true, value: files };
}

function exclusiveGroups(op: OperationModel): readonly (readonly string[])[] {
  return Object.values(objectAt(op.op, 'x-tc-limits'))
    .filter(isObject)
    .map((limit) => stringsAt(limit, 'params'))
    .filter((params) => params.length > 1);
}

function moduleText(key: string, requestType: string, shape: string): string {
  return `${GENERATED_HEADER}
// fast-check arbitraries for ${key}: compositions over the hand-written runtime in arbitraries/.
import type fc from 'fast-check';
import type { ObjectNode } from '../../arbitraries/param-node.ts';
import { validParams, type Overrides } from '../../arbitraries/valid-params.ts';
import type { Violation } from '../../arbitraries/violation.ts';
import { violationsOf } from '../../arbitraries/violations-of.ts';
import { operationByKey } from '../operations.ts';
import type { ${requestType} } from '../types.ts';

/** The operation these arbitraries build requests for. */
export const key = ${quote(key)};

/** The request shape, from the spec's request schema. */
export const shape: ObjectNode = ${shape};

/** Schema-valid request parameters; \`overrides\` pin parameters, e.g. \`{ ImageId: fc.constant(fixture) }\`. */
export function valid(overrides: Overrides<${requestType}> = {}): fc.Arbitrary<${requestType}> {
  return validParams(shape, overrides) as fc.Arbitrary<unknown> as fc.Arbitrary<${requestType}>;
}

/** One entry per documented constraint: requests breaking exactly it, tagged with it and its allowed codes. */
export function violations(overrides: Overrides<${requestType}> = {}): readonly Violation[] {
  return violationsOf(shape, operationByKey(key), overrides);
}
`;
}

function indexText(entries: readonly { readonly key: string; readonly module: string; readonly local: string }[]): string {
  return `${GENERATED_HEADER}
// Every operation's arbitraries by operation key, for suites that iterate over all operations.
import { operationArbitraries, type OperationArbitraries } from '../../arbitraries/operation-arbitraries.ts';
import type { OperationKey } from '../operations.ts';
${entries.map((e) => `import * as ${e.local} from './${e.module}.ts';`).join('\n')}

/** The arbitraries of every operation, request types widened to parameter records. */
export const arbitraries: Readonly<Record<OperationKey, OperationArbitraries>> = {
${entries.map((e) => `  ${quote(e.key)}: operationArbitraries(${e.local}),`).join('\n')}
};

/** The arbitraries of the operation with this key; an unknown key is a programming error and throws. */
export function arbitrariesFor(key: string): OperationArbitraries {
  if (!Object.hasOwn(arbitraries, key)) throw new Error(\`no arbitraries for operation \${key}\`);
  return arbitraries[key as OperationKey];
}
`;
}
