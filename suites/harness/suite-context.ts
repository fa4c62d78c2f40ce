// Per test file: the RunConfig from global setup, credentials, one target client and the ledger, closed after.

import { afterAll, inject } from 'vitest';
import type { Credentials } from '../../core/types.ts';
import { ConfigError } from '../../core/errors.ts';
import { RUN_CONFIG_KEY, type RunConfig } from './run-config.ts';
import { createTargetClient, type TargetClient } from './target-client.ts';
import { openLedger, type Ledger } from './ledger.ts';
import { dieWithParent } from './die-with-parent.ts';
import { replayCredentials } from './replay-client.ts';

/** What every case of a file shares. */
export interface SuiteContext {
  readonly config: RunConfig;
  readonly client: TargetClient;
  readonly ledger: Ledger;
}

let current: SuiteContext | undefined;

/** Credentials from TENCENTCLOUD_SECRET_ID / _SECRET_KEY / _SECURITY_TOKEN, else from the fixtures file. */
export function resolveCredentials(config: RunConfig, env: NodeJS.ProcessEnv = process.env): Credentials {
  const id = env['TENCENTCLOUD_SECRET_ID'];
  const key = env['TENCENTCLOUD_SECRET_KEY'];
  const token = env['TENCENTCLOUD_SECURITY_TOKEN'];
  if (config.target.kind !== 'mock' && id && key) return { secretId: id, secretKey: key, ...(token ? { token } : {}) };
  const fromFile = config.fixtures.credentials;
  if (fromFile !== undefined) return fromFile;
  throw new ConfigError('no credentials: set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY, or give them in the fixtures file');
}

/** The file's shared context, created on first use and closed after the file's cases. */
export function suiteContext(): SuiteContext {
  if (current !== undefined) return current;
  dieWithParent();
  const config = inject(RUN_CONFIG_KEY);
  // A recording target sends nothing: each case replays its own calls (case-client.ts), so no credentials are needed.
  const client = config.target.kind === 'recording' ? createTargetClient(config, replayCredentials(config.target.recordedWithToken === true)) : createTargetClient(config, resolveCredentials(config));
  const ctx: SuiteContext = { config, client, ledger: openLedger(config.ledgerPath, { durable: config.target.kind !== 'mock' && config.target.kind !== 'recording' }) };
  current = ctx;
  afterAll(async () => {
    ctx.ledger.close();
    await ctx.client.close();
    current = undefined;
  });
  return ctx;
}

/** The RunConfig alone (for deciding, at collection time, which cases to register). */
export function runConfig(): RunConfig {
  return inject(RUN_CONFIG_KEY);
}
