// Field-by-field comparison of two object shapes (spec vs SDK), recursing into arrays and nested objects. Pure.

import type { ModelPart } from './assertion-source.ts';
import { classifyDifference, type DifferenceFacts } from './classify-difference.ts';
import type { DifferenceKind, ModelDifference } from './model-difference.ts';
import { describeField, describeShape, type FieldShape, type Shape } from './type-shape.ts';

/** Where a comparison is: which operation and part, and the path so far. */
export interface DiffAt {
  readonly operation: string;
  readonly part: ModelPart;
  readonly path: string;
}

/** Every difference between the spec's fields and the SDK's fields, sorted by path. */
export function diffFields(spec: Readonly<Record<string, FieldShape>>, sdk: Readonly<Record<string, FieldShape>>, at: DiffAt): ModelDifference[] {
  const out: ModelDifference[] = [];
  const names = [...new Set([...Object.keys(spec), ...Object.keys(sdk)])].sort();
  for (const name of names) {
    const path = at.path === '' ? name : `${at.path}.${name}`;
    const s = spec[name];
    const k = sdk[name];
    const here = { ...at, path };
    if (s === undefined && k !== undefined) out.push(diff(here, 'extra', 'absent', describeField(k), { sdkRequired: !k.optional }));
    else if (s !== undefined && k === undefined) out.push(diff(here, 'missing', describeField(s), 'absent', { specRequired: !s.optional }));
    else if (s !== undefined && k !== undefined) out.push(...diffField(s, k, here));
  }
  return out;
}

function diffField(s: FieldShape, k: FieldShape, at: DiffAt): ModelDifference[] {
  const out: ModelDifference[] = [];
  if (s.optional !== k.optional) {
    out.push(diff(at, 'optionality', s.optional ? 'optional' : 'required', k.optional ? 'optional' : 'required', { specRequired: !s.optional, sdkRequired: !k.optional }));
  }
  if (s.nullable !== k.nullable) {
    const note = k.nullDocumented ? ' (doc comment: may be null)' : '';
    out.push(diff(at, 'nullable', s.nullable ? 'nullable' : 'not nullable', `${k.nullable ? 'nullable' : 'not nullable'}${note}`, { sdkDocumentsNull: k.nullDocumented }));
  }
  return [...out, ...diffShape(s.shape, k.shape, at)];
}

function diffShape(s: Shape, k: Shape, at: DiffAt): ModelDifference[] {
  if (s.kind !== k.kind) return [diff(at, 'type', describeShape(s), describeShape(k), {})];
  if (s.kind === 'string' && k.kind === 'string') return diffLiterals(s.literals, k.literals, at);
  if (s.kind === 'array' && k.kind === 'array') return diffShape(s.of, k.of, { ...at, path: `${at.path}[]` });
  if (s.kind === 'object' && k.kind === 'object') return diffFields(s.fields, k.fields, at);
  if (s.kind === 'other' && k.kind === 'other' && s.text !== k.text) return [diff(at, 'type', s.text, k.text, {})];
  return [];
}

function diffLiterals(s: readonly string[] | undefined, k: readonly string[] | undefined, at: DiffAt): ModelDifference[] {
  const same = s === undefined ? k === undefined : k !== undefined && s.length === k.length && s.every((l) => k.includes(l));
  if (same) return [];
  const covers = k === undefined || (s !== undefined && s.every((l) => k.includes(l)));
  const text = (l: readonly string[] | undefined) => describeShape({ kind: 'string', ...(l === undefined ? {} : { literals: l }) });
  return [diff(at, 'enum', text(s), text(k), { sdkCoversSpec: covers })];
}

function diff(at: DiffAt, kind: DifferenceKind, spec: string, sdk: string, facts: Omit<DifferenceFacts, 'part' | 'kind'>): ModelDifference {
  const { gating, reason } = classifyDifference({ part: at.part, kind, ...facts });
  return { operation: at.operation, part: at.part, path: at.path, kind, spec, sdk, gating, reason };
}
