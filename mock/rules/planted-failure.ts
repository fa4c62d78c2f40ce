// Vendor-side failures no request can cause on its own are planted on a resource (`failWith`) by the world.
import type { CallContext } from './call-context.ts';
import { vendorFailure } from './errors.ts';
import type { Answer } from './outcome.ts';

/** The planted failure of a resource, when the action documents that code; else undefined. */
export function plantedFailure(resource: { readonly id: string; readonly failWith: string | null }, ctx: CallContext): Answer | undefined {
  const code = resource.failWith;
  return code !== null && ctx.documented.has(code) ? vendorFailure(code, resource.id) : undefined;
}
