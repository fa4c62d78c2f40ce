// The world the throughput benchmarks seed the standalone mock with: the default caller (and its key), custom
// blueprints it may share, and root recipients with quota to spare, so every signed share and cancel succeeds.
import { ACCOUNTS, defaultWorld, type Account, type Blueprint, type World } from '../mock/index.ts';

/** How big a bench world is. */
export interface BenchWorldSize {
  readonly blueprints: number;
  readonly recipients: number;
}

/** The region everything of the bench world lives in. */
export const BENCH_REGION = 'ap-guangzhou';

/** `lhbp-bn000007`: the documented blueprint ID form (eight of [0-9a-z] after `lhbp-`). */
export function benchBlueprintId(i: number): string {
  return `lhbp-bn${String(i).padStart(6, '0')}`;
}

/** Recipient account IDs of the bench world (12 digits, like the default world's). */
export function benchRecipientId(i: number): string {
  return String(400000000000 + i);
}

/** A world with the default caller, `size.blueprints` shareable custom blueprints and `size.recipients` recipients. */
export function benchWorld(size: BenchWorldSize): World {
  const base = defaultWorld();
  const caller = base.accounts.find((a) => a.id === ACCOUNTS.caller);
  const template = base.blueprints.find((b) => b.owner === ACCOUNTS.caller && b.region === BENCH_REGION && b.type === 'PRIVATE' && b.state === 'NORMAL' && b.shares.length === 0 && !b.occupied && !b.operationInProgress && !b.latestOperationUnfinished && !b.modifyingShare && b.failWith === null);
  if (caller === undefined || template === undefined) throw new Error('the default world has no caller or shareable blueprint to copy');
  const recipients: Account[] = Array.from({ length: size.recipients }, (_, i) => ({ ...caller, id: benchRecipientId(i), credentials: [], shareQuota: 1_000_000, deniedActions: [] }));
  const blueprints: Blueprint[] = Array.from({ length: size.blueprints }, (_, i) => ({ ...template, id: benchBlueprintId(i), name: `bench-${i}`, shares: [] }));
  return { name: 'bench', regions: [BENCH_REGION], callerId: caller.id, accounts: [caller, ...recipients], images: [], blueprints };
}
