// Renders generated/operations.ts: the operations table and the tables beside it, data plus tiny lookups.
import { GENERATED_HEADER } from './generated-header.ts';
import type { Operation } from '../specs/model/operation-table.ts';
import type { SpecTables } from './spec-tables.ts';
import { quote, tsLiteral } from './ts-literal.ts';

/** The hand-written types the table is made of (specs/model/), imported and re-exported by the generated file. */
const TYPES = `import type { ConstraintKind, ParamConstraint } from '../specs/model/param-constraint.ts';
import type { DocConflict, DocSource, Limit, Operation, OperationRule, ProtocolRule } from '../specs/model/operation-table.ts';

export type { ConstraintKind, DocConflict, DocSource, Limit, Operation, OperationRule, ParamConstraint, ProtocolRule };
`;

const LOOKUPS = `/** The operation a request names, or undefined when the product, version or action is not specified. */
export function findOperation(service: string, version: string, action: string): Operation | undefined {
  return operations.find((op) => op.service === service && op.version === version && op.action === action);
}

/** The operation with this key; an unknown key is a programming error and throws. */
export function operationByKey(key: string): Operation {
  const op = operations.find((candidate) => candidate.key === key);
  if (op === undefined) throw new Error(\`unknown operation key: \${key}\`);
  return op;
}

/** The codes an answer of this action may carry: its documented codes and the common codes, sorted. */
export function allowedCodes(op: Operation): readonly string[] {
  return [...new Set([...Object.keys(op.errorCodes), ...Object.keys(commonErrorCodes)])].sort();
}

/** True when \`code\` is documented for the action or is a common code. */
export function isAllowedCode(op: Operation, code: string): boolean {
  return Object.hasOwn(op.errorCodes, code) || Object.hasOwn(commonErrorCodes, code);
}
`;

/** The text of generated/operations.ts. */
export function renderOperations(rows: readonly Operation[], tables: SpecTables): string {
  const products = [...new Set(rows.map((r) => r.product))].sort().map(quote).join(' | ');
  return [
    GENERATED_HEADER,
    '// The operations table: every documented fact about each action, as data, plus tiny lookups.',
    '',
    TYPES,
    `/** The key of every specified operation. */`,
    `export type OperationKey =\n${rows.map((r) => `  | ${quote(r.key)}`).join('\n')};`,
    '',
    `/** Every specified operation (products in file order, actions in spec order). */`,
    `export const operations: readonly Operation[] = ${tsLiteral(rows)};`,
    '',
    LOOKUPS,
    `/** The common error codes any action may answer with → description. */`,
    `export const commonErrorCodes: Readonly<Record<string, string>> = ${tsLiteral(tables.commonErrorCodes)};`,
    '',
    `/** The rules of the request protocol (signing, versions, regions, sizes, rate), shared by every action. */`,
    `export const protocolRules: readonly ProtocolRule[] = ${tsLiteral(tables.protocolRules)};`,
    '',
    `/** The documents every statement is traced to, by id. */`,
    `export const docSources: Readonly<Record<string, DocSource>> = ${tsLiteral(tables.docSources)};`,
    '',
    `/** Where the sources disagree with each other, and what the specs follow. */`,
    `export const docConflicts: readonly DocConflict[] = ${tsLiteral(tables.docConflicts)};`,
    '',
    `/** Product-wide documented limits (x-tc-limits), by product and name. */`,
    `export const productLimits = ${tsLiteral(tables.productLimits)} as const satisfies Readonly<Record<${products}, Readonly<Record<string, Limit>>>>;`,
    '',
    `/** Documented limits of single operations (x-tc-limits on the operation), by operation key and name. */`,
    `export const operationLimits: Readonly<Record<string, Readonly<Record<string, Limit>>>> = ${tsLiteral(tables.operationLimits)};`,
    '',
    `/** Spec versions by product, and a content hash of each spec file (sha256, 16 hex digits) for reports. */`,
    `export const specVersions: Readonly<Record<string, string>> = ${tsLiteral(tables.specVersions)};`,
    '',
  ].join('\n');
}
