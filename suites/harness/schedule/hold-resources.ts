// Under the concurrent scheduler a case holds the locks of the fixture resources it touches from its first
// request until its undo is done; without a broker (the embedded mock, one file at a time) it holds nothing.

import { randomUUID } from 'node:crypto';
import type { RunConfig } from '../run-config.ts';
import type { CaseSpec } from '../case-run.ts';
import { brokerClient, type BrokerClient } from './broker-client.ts';
import { caseClaims } from './case-claims.ts';

let client: { url: string; broker: BrokerClient } | undefined;

/** The broker client of this worker for `url` (one per worker process). */
export function brokerFor(url: string): BrokerClient {
  if (client?.url !== url) client = { url, broker: brokerClient(url) };
  return client.broker;
}

/** Takes the case's locks; resolves to the function that releases them. */
export async function holdResources(spec: CaseSpec, config: RunConfig): Promise<() => Promise<void>> {
  const url = config.schedule?.brokerUrl;
  if (url === undefined) return async () => {};
  const region = config.regions[0] ?? '';
  const claims = caseClaims({ operation: spec.operation, check: spec.check, safety: spec.safety, region, fixtures: config.fixtures.regions[region] });
  if (claims.length === 0) return async () => {};
  const broker = brokerFor(url);
  const holder = `${spec.id}#${randomUUID()}`;
  await broker.lock(holder, claims);
  return () => broker.unlock(holder);
}
