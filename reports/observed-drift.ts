// Drift between two judged runs of the same case: the observed outcomes, error codes and response shapes of each
// operation the case sent to, filed under that operation
// (fingerprints mask every value, so RequestId, timestamps and IDs never differ; only fields and types do).

import type { Observed } from '../checks/run-checks.ts';
import type { CaseResult } from './results-model.ts';
import { drift, type Drift } from './drift.ts';
import { shapeChanges, shapePaths } from './shape-paths.ts';
import { observedOperation } from './observed-operation.ts';

/** Outcome, code and shape changes of one case, per operation its exchanges went to (observedOperation). */
export function observedDrift(b: CaseResult, c: CaseResult): Drift[] {
  // A side written before every observation carried its operation is compared case-wide, like it was then, so
  // an old baseline shows no drift merely because today's file says where each code came from.
  const legacy = [b, c].some((x) => x.observed.some((o) => o.operation === undefined));
  const [byOpB, byOpC] = [byOperation(b, legacy), byOperation(c, legacy)];
  const ops = [...new Set([...byOpB.keys(), ...byOpC.keys()])].sort();
  return ops.flatMap((operation) => operationDrift(byOpB.get(operation) ?? [], byOpC.get(operation) ?? [], { target: c.target, operation, caseId: c.id }));
}

function operationDrift(before: readonly Observed[], after: readonly Observed[], at: { target: string; operation: string; caseId: string }): Drift[] {
  const out: Drift[] = [];
  const [ob, oc] = [distinct(before, (o) => o.outcome), distinct(after, (o) => o.outcome)];
  if (!same(ob, oc)) out.push(drift({ ...at, kind: 'outcome-changed', before: list(ob), after: list(oc), detail: delta(ob, oc, 'outcome') }));
  const [cb, cc] = [distinct(before, (o) => o.code), distinct(after, (o) => o.code)];
  if (!same(cb, cc)) out.push(drift({ ...at, kind: 'code-changed', before: list(cb), after: list(cc), detail: delta(cb, cc, 'code') }));
  for (const outcome of oc.filter((o) => ob.includes(o))) {
    const d = shapeDrift(before, after, outcome, unknownOf(after));
    if (d !== undefined) out.push(drift({ ...at, kind: 'shape-changed', ...d }));
  }
  return out;
}

function byOperation(c: CaseResult, caseWide: boolean): Map<string, Observed[]> {
  const out = new Map<string, Observed[]>();
  for (const o of c.observed) {
    const op = caseWide ? c.operation : observedOperation(c, o);
    const list = out.get(op);
    if (list === undefined) out.set(op, [o]);
    else list.push(o);
  }
  return out;
}

/** The unknown response fields a case's observations list (their arrival is new-unknown-field drift, informational). */
function unknownOf(obs: readonly Observed[]): ReadonlySet<string> {
  return new Set(obs.flatMap((o) => o.unknownFields ?? []));
}

/** True when `change` adds a field the spec does not know, or one inside such a field. */
function addsUnknown(change: string, unknown: ReadonlySet<string>): boolean {
  if (!change.startsWith('added ')) return false;
  const path = change.slice('added '.length);
  return [...unknown].some((u) => path === u || path.startsWith(`${u}.`) || path.startsWith(`${u}[]`));
}

function shapeDrift(before: readonly Observed[], after: readonly Observed[], outcome: string, unknown: ReadonlySet<string>): { before: string; after: string; detail: string } | undefined {
  const sb = distinct(before.filter((o) => o.outcome === outcome), (o) => o.shape);
  const sa = distinct(after.filter((o) => o.outcome === outcome), (o) => o.shape);
  if (same(sb, sa) || sb.length === 0 || sa.length === 0) return undefined;
  const pb = shapePaths(sb);
  const pa = shapePaths(sa);
  if (pb === undefined || pa === undefined) {
    return { before: `${sb.length} shape(s)`, after: `${sa.length} shape(s)`, detail: `${outcome} response shape changed (fingerprints differ)` };
  }
  const changes = shapeChanges(pb, pa).filter((x) => !addsUnknown(x, unknown));
  if (changes.length === 0) return undefined;
  const removed = changes.filter((x) => x.startsWith('removed ')).length;
  const added = changes.filter((x) => x.startsWith('added ')).length;
  return { before: `${outcome} shape`, after: `${added} added, ${removed} removed, ${changes.length - added - removed} retyped field(s)`,
    detail: `${outcome} response: ${changes.slice(0, 12).join('; ')}${changes.length > 12 ? `; … ${changes.length - 12} more` : ''}` };
}

function distinct(obs: readonly Observed[], pick: (o: Observed) => string | undefined): string[] {
  return [...new Set(obs.map(pick).filter((x): x is string => x !== undefined))].sort();
}

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function list(xs: readonly string[]): string {
  return xs.length === 0 ? 'none' : xs.join(', ');
}

function delta(before: readonly string[], after: readonly string[], what: string): string {
  const added = after.filter((x) => !before.includes(x));
  const gone = before.filter((x) => !after.includes(x));
  return [added.length > 0 ? `new ${what}: ${added.join(', ')}` : '', gone.length > 0 ? `no longer: ${gone.join(', ')}` : ''].filter(Boolean).join('; ');
}
