// Drift between two judged runs of the same case: the observed outcomes, error codes and response shapes
// (fingerprints mask every value, so RequestId, timestamps and IDs never differ; only fields and types do).

import type { Observed } from '../checks/run-checks.ts';
import type { CaseResult } from './results-model.ts';
import { drift, type Drift } from './drift.ts';
import { shapeChanges, shapePaths } from './shape-paths.ts';

/** Outcome, code and shape changes of one case. */
export function observedDrift(b: CaseResult, c: CaseResult): Drift[] {
  const at = { target: c.target, operation: c.operation, caseId: c.id };
  const out: Drift[] = [];
  const [ob, oc] = [distinct(b.observed, (o) => o.outcome), distinct(c.observed, (o) => o.outcome)];
  if (!same(ob, oc)) out.push(drift({ ...at, kind: 'outcome-changed', before: list(ob), after: list(oc), detail: delta(ob, oc, 'outcome') }));
  const [cb, cc] = [distinct(b.observed, (o) => o.code), distinct(c.observed, (o) => o.code)];
  if (!same(cb, cc)) out.push(drift({ ...at, kind: 'code-changed', before: list(cb), after: list(cc), detail: delta(cb, cc, 'code') }));
  for (const outcome of oc.filter((o) => ob.includes(o))) {
    const d = shapeDrift(b.observed, c.observed, outcome);
    if (d !== undefined) out.push(drift({ ...at, kind: 'shape-changed', ...d }));
  }
  return out;
}

function shapeDrift(before: readonly Observed[], after: readonly Observed[], outcome: string): { before: string; after: string; detail: string } | undefined {
  const sb = distinct(before.filter((o) => o.outcome === outcome), (o) => o.shape);
  const sa = distinct(after.filter((o) => o.outcome === outcome), (o) => o.shape);
  if (same(sb, sa) || sb.length === 0 || sa.length === 0) return undefined;
  const pb = shapePaths(sb);
  const pa = shapePaths(sa);
  if (pb === undefined || pa === undefined) {
    return { before: `${sb.length} shape(s)`, after: `${sa.length} shape(s)`, detail: `${outcome} response shape changed (fingerprints differ)` };
  }
  const changes = shapeChanges(pb, pa);
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
