// The signed request sequences of the mock-throughput benchmark: each connection owns one blueprint and alternates
// ShareBlueprintAcrossAccounts and CancelShareBlueprintAcrossAccounts over the recipients, so every answer is a
// success that changes the state (and connections never contend for the same share).
import { buildRequest } from '../core/build-request.ts';
import type { Credentials, WireRequest } from '../core/types.ts';
import { operationByKey } from '../generated/operations.ts';
import { BENCH_REGION, benchBlueprintId, benchRecipientId } from './bench-world.ts';

/** What to build. */
export interface ShareCancelPlan {
  readonly connections: number;
  /** Share/cancel pairs in one connection's cycle (each with the next recipient). */
  readonly pairsPerConnection: number;
  readonly recipients: number;
  readonly credentials: Credentials;
  /** Unix seconds the requests are signed at (the mock accepts five minutes either side). */
  readonly timestamp: number;
}

const share = operationByKey('lighthouse.ShareBlueprintAcrossAccounts');
const cancel = operationByKey('lighthouse.CancelShareBlueprintAcrossAccounts');

function signed(op: typeof share, params: Record<string, unknown>, plan: ShareCancelPlan): WireRequest {
  const host = (op.hosts.find((h) => h.site === 'intl') ?? op.hosts[0])?.host ?? 'lighthouse.intl.tencentcloudapi.com';
  const built = buildRequest({ service: op.service, host, action: op.action, version: op.version, region: BENCH_REGION, params },
    { form: 'post-json', signMethod: 'TC3-HMAC-SHA256', credentials: plan.credentials, timestamp: plan.timestamp });
  if (!built.ok) throw new Error(`cannot build ${op.key}: ${built.error.message}`);
  return built.value;
}

/** One request sequence per connection: share(bp_c, r), cancel(bp_c, r) for the connection's recipients in turn. */
export function shareCancelRequests(plan: ShareCancelPlan): WireRequest[][] {
  return Array.from({ length: plan.connections }, (_, c) => {
    const blueprintId = benchBlueprintId(c);
    return Array.from({ length: plan.pairsPerConnection }, (_, j) => {
      const params = { BlueprintId: blueprintId, AccountIds: [benchRecipientId((c + j) % plan.recipients)] };
      return [signed(share, params, plan), signed(cancel, params, plan)];
    }).flat();
  });
}
