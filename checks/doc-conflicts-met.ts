// The recorded doc conflicts an answer meets: a form the vendor's own artifacts disagree on (a null one site's
// definitions allow and the run's site's do not, a string outside the documented form, a field one site lacks).
// Accepted, and reported in the report's doc-conflicts section: not a failure.

import type { ConflictMark, Site } from '../generated/site-contracts.ts';
import { objectsAt } from './_internals/objects-at.ts';

/** One conflict met, and the field that showed it. */
export interface ConflictMet {
  /** The `x-tc-doc-conflicts` id. */
  readonly id: string;
  readonly path: string;
  /** What the answer showed, in words (`null`, the value's form, `present`). */
  readonly shown: string;
}

/** The marks of `marks` that `body`, answered on `site`, meets (one entry per mark). */
export function docConflictsMet(body: unknown, marks: readonly ConflictMark[], site: Site): ConflictMet[] {
  const out: ConflictMet[] = [];
  for (const mark of marks) {
    const cut = mark.path.lastIndexOf('.');
    const name = mark.path.slice(cut + 1);
    const holders = objectsAt(body, cut < 0 ? '' : mark.path.slice(0, cut)).filter((o) => Object.hasOwn(o, name));
    const shown = meets(mark, holders.map((o) => o[name]), site);
    if (shown !== undefined) out.push({ id: mark.conflict, path: mark.path, shown });
  }
  return out;
}

function meets(mark: ConflictMark, values: readonly unknown[], site: Site): string | undefined {
  if (values.length === 0) return undefined;
  if (mark.offeredOn !== undefined && !mark.offeredOn.includes(site)) return `present on the ${site} site`;
  if (mark.nullableOn !== undefined && !mark.nullableOn.includes(site) && values.includes(null)) return `null on the ${site} site`;
  if (mark.documentedPattern !== undefined) {
    const pattern = compiled(mark.documentedPattern);
    if (values.some((v) => typeof v === 'string' && !pattern.test(v))) return `a value outside the documented form ${mark.documentedPattern}`;
  }
  return undefined;
}

const patterns = new Map<string, RegExp>();
function compiled(source: string): RegExp {
  let re = patterns.get(source);
  if (re === undefined) patterns.set(source, (re = new RegExp(source)));
  return re;
}
