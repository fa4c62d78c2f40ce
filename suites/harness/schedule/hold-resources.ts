// Under the concurrent scheduler a case holds its locks (case-claims.ts) from its first request until its undo is
// done; without a broker (the embedded mock, one file at a time) it holds nothing.

import { randomUUID } from 'node:crypto';
import type { RunConfig } from '../run-config.ts';
import type { CaseSpec } from '../case-run.ts';
import { brokerClient, type BrokerClient } from './broker-client.ts';
import { caseClaims, fixtureParts, fixtureStateKey } from './case-claims.ts';
import type { LockClaim } from './lock-table.ts';
import { caseRegion } from '../default-region.ts';

let client: { url: string; broker: BrokerClient } | undefined;

/** The broker client of this worker for `url` (one per worker process). */
export function brokerFor(url: string): BrokerClient {
  if (client?.url !== url) client = { url, broker: brokerClient(url) };
  return client.broker;
}

/** A case's hold on its locks. */
export interface Hold {
  /** Takes these parts of the fixture state exclusively (before the case reads them to change them); a no-op once held. */
  readonly upgrade: (parts: readonly string[]) => Promise<void>;
  readonly release: () => Promise<void>;
  /** True while the case holds a part of the fixture state (in either mode): cases waiting for it wait for this one. */
  readonly urgent: () => boolean;
}

const nothing: Hold = { upgrade: async () => {}, release: async () => {}, urgent: () => false };

/** Takes the case's locks; the hold upgrades to the fixture state and releases everything at the end. */
export async function holdResources(spec: CaseSpec, config: RunConfig): Promise<Hold> {
  const url = config.schedule?.brokerUrl;
  if (url === undefined) return nothing;
  const region = caseRegion(config) ?? '';
  const broker = brokerFor(url);
  let claims: LockClaim[] = caseClaims({ id: spec.id, operation: spec.operation, check: spec.check, safety: spec.safety, region, ...(spec.comparesReads === undefined ? {} : { comparesReads: spec.comparesReads }) });
  let holder = `${spec.id}#${randomUUID()}`;
  if (claims.length > 0) await broker.lock(holder, claims);
  const stateKeys = new Set(fixtureParts().map((p) => fixtureStateKey(region, p)));
  return {
    upgrade: async (parts) => {
      const want = parts.map((p) => fixtureStateKey(region, p));
      if (want.every((k) => claims.some((c) => c.key === k && c.mode === 'exclusive'))) return;
      // Never hold one lock while waiting for another (no deadlock): let go, then take everything at once.
      if (claims.length > 0) await broker.unlock(holder);
      claims = [...claims.filter((c) => !want.includes(c.key)), ...want.map((key) => ({ key, mode: 'exclusive' as const }))];
      holder = `${spec.id}#${randomUUID()}`;
      await broker.lock(holder, claims);
    },
    release: () => (claims.length > 0 ? broker.unlock(holder) : Promise.resolve()),
    urgent: () => claims.some((c) => stateKeys.has(c.key)),
  };
}
