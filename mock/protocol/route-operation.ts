// Which emulated operation a request names. The product comes from the Host when it is a product host (the SDK
// sends `lighthouse.tencentcloudapi.com:PORT`), else from the Version; the Action then picks the operation.
import { canonicalHost } from '../../core/canonical-host.ts';
import type { Result, VendorError } from '../../core/types.ts';
import type { Operation } from '../../generated/operations.ts';
import { protocolErrors } from './errors.ts';

/** The product a Host header names, when it is one of a product's documented hosts. */
function productOfHost(operations: readonly Operation[], host: string | undefined): string | undefined {
  if (host === undefined) return undefined;
  const name = canonicalHost(host).toLowerCase();
  return operations.find((op) => op.hosts.some((h) => h.host === name))?.product;
}

/** The operation for (host, action, version): InvalidAction for an action the product lacks, NoSuchVersion for a wrong version. */
export function routeOperation(
  operations: readonly Operation[],
  call: { readonly action: string; readonly version: string },
  host: string | undefined,
): Result<Operation, VendorError> {
  const product = productOfHost(operations, host) ?? operations.find((op) => op.version === call.version)?.product;
  const candidates = product === undefined ? operations : operations.filter((op) => op.product === product);
  const exact = candidates.find((op) => op.action === call.action && op.version === call.version);
  if (exact !== undefined) return { ok: true, value: exact };
  if (candidates.some((op) => op.action === call.action)) return { ok: false, error: protocolErrors.noSuchVersion(call.action, call.version) };
  return { ok: false, error: protocolErrors.invalidAction(call.action) };
}
