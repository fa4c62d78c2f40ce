// Model conformance: the SDK's request and response interfaces for our actions against the types generated from
// our specs. A compile-time check in both directions (which direction fails, with the compiler's reason) and a
// field-by-field report of every difference, each classified as gating or informational (classify-difference.ts).

import { fileURLToPath } from 'node:url';
import { operations } from '../../generated/operations.ts';
import { assertionSource, type Assertion, type AssertionSource, type ModelOperation, type ModelPart } from './assertion-source.ts';
import { declaredConstType, diagnosticLine, diagnosticText, modelProgram, type ModelProgram } from './model-program.ts';
import { diffFields } from './diff-fields.ts';
import { fieldsOf } from './shape-of-type.ts';
import type { ModelDifference } from './model-difference.ts';

/** One assertion's outcome: `ok` false carries the compiler's message. */
export interface AssertionResult extends Assertion {
  readonly ok: boolean;
  readonly message?: string;
}

/** A request or response type one side does not have: that action's part is not compared, the others still are. */
export interface ModelAbsence {
  readonly operation: string;
  readonly part: ModelPart;
  readonly side: 'spec' | 'sdk';
  /** The type or module looked for. */
  readonly name: string;
  /** The compiler's message. */
  readonly detail: string;
}

/** Everything model conformance found for one SDK package. */
export interface ModelReport {
  readonly sdkRoot: string;
  readonly assertions: readonly AssertionResult[];
  readonly differences: readonly ModelDifference[];
  /** Types (or whole models files) one side lacks, per action and part; absent in reports of older gates. */
  readonly absent?: readonly ModelAbsence[];
  /** Things that stop the comparison itself (the generated file does not compile for another reason). */
  readonly problems: readonly string[];
  /** True when any difference gates, a type is absent, or there is a problem. */
  readonly failing: boolean;
}

const SPEC_TYPES = fileURLToPath(new URL('../../generated/types.ts', import.meta.url));
const VIRTUAL_FILE = fileURLToPath(new URL('./.model-assertions.ts', import.meta.url));

/** Compares the SDK at `sdkRoot` with the spec types, for `ops` (every specified operation by default). */
export function modelConformance(sdkRoot: string, ops: readonly ModelOperation[] = operations): ModelReport {
  const source = assertionSource(sdkRoot, SPEC_TYPES, ops);
  const program = modelProgram(VIRTUAL_FILE, source.text);
  const assertionLines = new Set(source.assertions.map((a) => a.line));
  const absent = absences(source, program);
  const declarationLines = new Set(source.declarations.map((d) => d.line));
  const problems = program.diagnostics.filter((d) => !assertionLines.has(diagnosticLine(d)) && !declarationLines.has(diagnosticLine(d))).map((d) => diagnosticText(d, 2));
  const compared = (operation: string, part: ModelPart) => !absent.some((a) => a.operation === operation && a.part === part);
  const assertions = source.assertions.filter((a) => compared(a.operation, a.part)).map((a): AssertionResult => {
    const failed = program.diagnostics.find((d) => diagnosticLine(d) === a.line);
    return failed === undefined ? { ...a, ok: true } : { ...a, ok: false, message: diagnosticText(failed) };
  });
  const differences = problems.length > 0 ? [] : ops.flatMap((op, i) => (['request', 'response'] as const)
    .filter((part) => compared(op.key, part)).flatMap((part) => partDifferences(program, op.key, part, i)));
  const unexplained = assertions.filter((a) => a.part === 'request' && a.direction === 'spec→sdk' && !a.ok
    && !differences.some((d) => d.operation === a.operation && d.part === 'request' && d.gating)).map((a): ModelDifference => ({
    operation: a.operation, part: 'request', path: '(whole type)', kind: 'type', spec: 'documented request', sdk: 'does not accept it',
    gating: true, reason: `the compiler rejects a documented request and no field explains it: ${a.message ?? ''}`,
  }));
  const all = [...differences, ...unexplained];
  return { sdkRoot, assertions, differences: all, absent, problems, failing: problems.length > 0 || absent.length > 0 || all.some((d) => d.gating) };
}

/** The types each side lacks: compiler errors on the lines that name them (first reason per action and part). */
function absences(source: AssertionSource, program: ModelProgram): ModelAbsence[] {
  const out = new Map<string, ModelAbsence>();
  for (const d of program.diagnostics) {
    const decl = source.declarations.find((x) => x.line === diagnosticLine(d));
    if (decl === undefined) continue;
    for (const operation of decl.operations) {
      for (const part of decl.part === undefined ? (['request', 'response'] as const) : [decl.part]) {
        const key = `${operation}|${part}`;
        if (!out.has(key)) out.set(key, { operation, part, side: decl.side, name: decl.name, detail: diagnosticText(d, 2) });
      }
    }
  }
  return [...out.values()];
}

function partDifferences(program: ModelProgram, operation: string, part: 'request' | 'response', index: number): ModelDifference[] {
  const v = `${part === 'request' ? 'req' : 'res'}${index}`;
  const spec = declaredConstType(program.checker, program.file, `spec_${v}`);
  const sdk = declaredConstType(program.checker, program.file, `sdk_${v}`);
  if (spec === undefined || sdk === undefined) return [];
  return diffFields(fieldsOf(program.checker, spec), fieldsOf(program.checker, sdk), { operation, part, path: '' });
}
