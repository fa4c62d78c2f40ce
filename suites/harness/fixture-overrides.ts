// Pins the IDs of generated requests to the run's fixtures, so a negative case differs from a real request
// only in the constraint it breaks (and a target cannot refuse it merely because an ID does not exist).

import fc from 'fast-check';
import type { Operation } from '../../generated/operations.ts';
import type { ProductFixtures } from '../../core/fixtures.ts';

/** Overrides for the parameters of `op` that name fixture resources; `except` keeps the broken parameter free. */
export function fixtureOverrides(op: Operation, f: ProductFixtures | undefined, except: string): Record<string, fc.Arbitrary<unknown>> {
  if (f === undefined) return {};
  const out: Record<string, fc.Arbitrary<unknown>> = {};
  const free = except.split(/[.[]/)[0] ?? '';
  const pin = (name: string, arb: fc.Arbitrary<unknown> | undefined) => {
    if (arb !== undefined && name !== free && op.params.includes(name)) out[name] = arb;
  };
  pin('BlueprintId', f.blueprintId === undefined ? undefined : fc.constant(f.blueprintId));
  pin('ImageId', f.imageId === undefined ? undefined : fc.constant(f.imageId));
  pin('BlueprintIds', f.blueprintId === undefined ? undefined : fc.constant([f.blueprintId]));
  const recipients = f.recipientAccountIds ?? [];
  pin('AccountIds', recipients.length === 0 ? undefined : fc.subarray([...recipients], { minLength: 1, maxLength: Math.min(3, recipients.length) }));
  return out;
}
