// Test helper: a CallContext for a default-world role, with a fixed clock and deterministic identifiers.
import { operationByKey } from '../../generated/operations.ts';
import type { CallContext } from '../rules/call-context.ts';
import { sequentialIds } from '../rules/clock.ts';
import type { State } from '../world/state.ts';

/** The context of `secretId`'s account calling `operation` in `region` at `nowMs`. */
export function callContextFor(state: State, secretId: string, operation: string, region = 'ap-guangzhou', nowMs = Date.UTC(2025, 5, 1, 12)): CallContext {
  const holder = state.keys.get(secretId);
  if (holder === undefined) throw new Error(`no credential ${secretId}`);
  return {
    caller: holder.account,
    credential: holder.credential,
    region,
    nowMs,
    ids: sequentialIds(),
    documented: new Set(Object.keys(operationByKey(operation).errorCodes)),
    limitsOff: false,
  };
}
