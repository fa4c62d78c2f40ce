// One violation per documented constraint of an operation: the composition the generated files call.
import fc from 'fast-check';
import type { ParamConstraint } from '../specs/model/param-constraint.ts';
import { brokenParams, type Breach } from './broken-params.ts';
import { malformedId } from './malformed-id.ts';
import { matching } from './matching.ts';
import { notInEnum } from './not-in-enum.ts';
import { overLimit } from './over-limit.ts';
import type { ObjectNode, ParamNode } from './param-node.ts';
import { nodeAt, splitParam } from './param-path.ts';
import { unusedRegion } from './unused-region.ts';
import { validParams, type Overrides } from './valid-params.ts';
import type { RequestCase, Violation } from './violation.ts';
import { wrongType } from './wrong-type.ts';

/** The constraints and regions of an operation (a row of generated/operations.ts). */
export interface ConstrainedOperation {
  readonly constraints: readonly ParamConstraint[];
  readonly regions: readonly string[] | null;
}

/** For each constraint of `op`, requests that break it and nothing else; `overrides` pin the other parameters. */
export function violationsOf(root: ObjectNode, op: ConstrainedOperation, overrides: Overrides = {}): readonly Violation[] {
  return op.constraints.map((constraint) => ({
    constraint,
    jsonOnly: constraint.kind === 'wrong-type',
    arbitrary: caseFor(root, constraint, op.regions, overrides),
  }));
}

function caseFor(root: ObjectNode, c: ParamConstraint, regions: readonly string[] | null, overrides: Overrides): fc.Arbitrary<RequestCase> {
  if (c.kind === 'unsupported-region') {
    return fc.record({ params: validParams(root, overrides), region: unusedRegion(regions) }, { noNullPrototype: true });
  }
  const segments = splitParam(c.param);
  const target = nodeAt(root, segments);
  if (target === undefined) throw new Error(`violationsOf: ${c.param} is not in the request shape`);
  return brokenParams(root, segments, breachFor(c, target), overrides).map((params) => ({ params }));
}

function breachFor(c: ParamConstraint, target: ParamNode): Breach {
  switch (c.kind) {
    case 'missing-required':
      return { kind: 'omit' };
    case 'unknown-parameter':
      return { kind: 'add', value: matching('^[a-z0-9]{1,8}$') };
    case 'wrong-type':
      return { kind: 'set', value: wrongType(target) };
    case 'over-limit':
      return { kind: 'set', value: overLimit(target) };
    case 'malformed-id':
      if (target.type !== 'string' || target.pattern === undefined) throw new Error(`violationsOf: ${c.param} has no pattern`);
      return { kind: 'set', value: malformedId(target.pattern) };
    case 'not-in-enum':
      if (target.type !== 'string' || target.enum === undefined) throw new Error(`violationsOf: ${c.param} has no enum`);
      return { kind: 'set', value: notInEnum(target.enum) };
    case 'unsupported-region':
      throw new Error('violationsOf: a region is not a parameter');
  }
}
