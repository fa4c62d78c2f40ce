// Response fields the spec does not know on the run's site: drift to report (the vendor adds fields without a
// version bump), never a conformance failure.

import { isPlain } from './_internals/objects-at.ts';

/** Field paths (`Response.BlueprintSet[].NewField`) in `body` that `known` (object path → names) does not declare,
 * sorted; objects at paths `known` does not describe (free-form values) are not looked into. */
export function unknownFields(body: unknown, known: Readonly<Record<string, readonly string[]>>): string[] {
  const out = new Set<string>();
  const visit = (value: unknown, path: string, depth: number): void => {
    if (depth > 32) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, `${path}[]`, depth + 1);
      return;
    }
    const names = isPlain(value) ? known[path] : undefined;
    if (names === undefined || !isPlain(value)) return;
    for (const [key, sub] of Object.entries(value)) {
      const at = path === '' ? key : `${path}.${key}`;
      if (names.includes(key)) visit(sub, at, depth + 1);
      else out.add(at);
    }
  };
  visit(body, '', 0);
  return [...out].sort();
}
