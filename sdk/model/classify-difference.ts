// Which model differences fail the gate. A difference fails when a documented call cannot be written with the
// SDK's types or a documented answer does not fit them: a required request field the SDK lacks or makes optional
// in the wrong direction, a field both have with a different kind of type, or a closed SDK enum that leaves out a
// documented value. Everything else is informational: the SDK's conventions (every response field optional,
// nullability stated in a doc comment, enums typed as plain string) and fields the spec does not cover.

import type { ModelPart } from './assertion-source.ts';
import type { DifferenceKind } from './model-difference.ts';

/** What the classification needs to know beside the kind. */
export interface DifferenceFacts {
  readonly part: ModelPart;
  readonly kind: DifferenceKind;
  /** Spec field required (for missing/optionality). */
  readonly specRequired?: boolean;
  /** SDK field required (for extra/optionality). */
  readonly sdkRequired?: boolean;
  /** Enum: the SDK side accepts every documented value (plain string, or a superset of literals). */
  readonly sdkCoversSpec?: boolean;
  /** Nullable: the SDK's doc comment says the value may be null. */
  readonly sdkDocumentsNull?: boolean;
}

/** Gating or informational, with the reason shown in the report. */
export function classifyDifference(f: DifferenceFacts): { readonly gating: boolean; readonly reason: string } {
  const req = f.part === 'request';
  switch (f.kind) {
    case 'missing':
      if (req && f.specRequired) return fail('the SDK cannot send a parameter the spec requires');
      return info(req ? 'the SDK type lacks an optional documented parameter (callers must cast to send it)' : 'the SDK type does not declare a documented response field (it still arrives at run time)');
    case 'extra':
      if (req && f.sdkRequired) return fail('the SDK requires a parameter the spec does not define, so a documented call cannot be written');
      return info(req ? 'an optional SDK parameter the spec does not cover' : 'an SDK response field the spec does not cover');
    case 'optionality':
      if (req && f.sdkRequired) return fail('the SDK requires a parameter the spec makes optional');
      return info(req ? 'the SDK does not force a parameter the spec requires (the server answers MissingParameter)' : 'the SDK marks the field optional where the spec says it is always present');
    case 'nullable':
      return info(f.sdkDocumentsNull ? 'the SDK types it without null but its doc comment says it may be null' : 'nullability differs; the SDK type does not admit null');
    case 'enum':
      return f.sdkCoversSpec ? info('the SDK type is wider than the documented values') : fail('the SDK type leaves out documented values');
    case 'type':
      return fail('the field has a different type in the SDK');
  }
}

function fail(reason: string) {
  return { gating: true, reason };
}

function info(reason: string) {
  return { gating: false, reason };
}
