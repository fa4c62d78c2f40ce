// Sends one signed call of an operation to the run's target and returns the redacted exchange and envelope.
// Pacing under the documented rate limits happens here, so no case can forget it; so do retries of read-only
// calls after target faults (retry-policy.ts), each attempt signed afresh and paced like the first.

import type { Operation } from '../../generated/operations.ts';
import type { Credentials, Envelope, Exchange, Params, RequestForm, SignMethod, WireRequest } from '../../core/types.ts';
import { buildRequest } from '../../core/build-request.ts';
import { applySigningEdit, type SigningEdit } from '../../core/signing-edit.ts';
import { createClient, type Client } from '../../core/client.ts';
import { parseEnvelope } from '../../core/parse-envelope.ts';
import { redactExchange, redactString } from '../../core/redact.ts';
import { createPacer, type Pacer } from '../../core/pacer.ts';
import { HarnessError } from '../../core/errors.ts';
import type { RunConfig } from './run-config.ts';
import { brokerFor } from './schedule/hold-resources.ts';
import type { Site } from '../../generated/site-contracts.ts';
import { backoffMs, mayRetry, RETRY } from './retry-policy.ts';
import { siteOf } from './site-of.ts';
import { transientReason } from '../../checks/target-fault.ts';
import { caseRegion } from './default-region.ts';

/** One call as a case describes it; everything but operation and params has a documented default. */
export interface CallRequest {
  readonly operation: Operation;
  readonly params: Params;
  /** Region to send; null sends none; undefined uses the run's first region. */
  readonly region?: string | null;
  readonly form?: RequestForm;
  readonly signMethod?: SignMethod;
  readonly credentials?: Credentials;
  readonly timestamp?: number;
  /** Overrides of the action and version names (protocol cases). */
  readonly action?: string;
  readonly version?: string;
  /** The deliberate signing change made to the request before it is sent (auth and protocol cases), as data so a
   * recording can name it. */
  readonly signing?: SigningEdit;
  /** Send to the rate-limit target instead of the main one. */
  readonly rateLimited?: boolean;
  /** Skip pacing (the rate-limit burst). */
  readonly unpaced?: boolean;
  /** false: never retry, even a read-only call (a case that expects a retryable code). */
  readonly retry?: boolean;
}

/** What came back, already redacted. */
export interface Sent {
  readonly exchange: Exchange;
  readonly envelope: Envelope;
  readonly region: string | null;
  /** Why earlier attempts of this read-only call were retried (redacted); empty when the first answer stood. */
  readonly retries: readonly string[];
}

/** The client a case uses; one per test file. */
export interface TargetClient {
  readonly call: (req: CallRequest) => Promise<Sent>;
  readonly credentials: Credentials;
  /** The site the run judges (the fixtures' site); absent in test doubles, read as every action offered. */
  readonly site?: Site;
  readonly close: () => Promise<void>;
}

/** Test hooks for the pauses between retries. */
export interface RetryHooks {
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Builds the client for `config`, with `credentials` (from the environment or the fixtures). */
export function createTargetClient(config: RunConfig, credentials: Credentials, pacer: Pacer = defaultPacer(config), hooks: RetryHooks = {}): TargetClient {
  const client: Client = createClient({ connections: 8 });
  // Unpaced calls (a rate-limit burst) go out at once, each on a connection of its own: queued behind another
  // answer in a pool, a burst would reach the target only as fast as it answers, and a target that delays instead
  // of refusing would look like one that was never asked for more than its limit.
  let burstClient: Client | undefined;
  const transport = (unpaced: boolean | undefined): Client => (unpaced ? (burstClient ??= createClient({ connections: 64 })) : client);
  const secrets = [credentials.secretKey, ...(credentials.token ? [credentials.token] : [])];
  const site = siteOf(config);
  let unanswered = 0;
  return {
    credentials,
    site,
    close: async () => { await Promise.all([client.close(), burstClient?.close()]); },
    call: async (req) => {
      const op = req.operation;
      const host = (op.hosts.find((h) => h.site === site) ?? op.hosts[0])?.host;
      if (host === undefined) throw new HarnessError(`operation ${op.key} has no host in the spec`);
      const region = req.region === undefined ? (caseRegion(config) ?? null) : req.region;
      const creds = req.credentials ?? credentials;
      const extra = creds === credentials ? secrets : [...secrets, creds.secretKey, ...(creds.token ? [creds.token] : [])];
      const canRetry = req.retry !== false && mayRetry(op) && unanswered < RETRY.unreachableCalls;
      const retries: string[] = [];
      for (let attempt = 1; ; attempt++) {
        const built = buildRequest(
          { service: op.service, host, action: req.action ?? op.action, version: req.version ?? op.version, params: req.params, ...(region === null ? {} : { region }) },
          { form: req.form ?? 'post-json', signMethod: req.signMethod ?? 'TC3-HMAC-SHA256', credentials: creds, ...(req.timestamp === undefined ? {} : { timestamp: req.timestamp }) },
        );
        if (!built.ok) throw new HarnessError(`cannot build ${op.key} request: ${built.error.message}`);
        const wire = req.signing ? applySigningEdit(built.value, req.signing, creds, op.service) : built.value;
        const paced = (config.pace || config.target.kind !== 'mock') && !req.unpaced;
        if (paced) await pacer.slot(op.key, op.rateLimit.perSecond);
        const base = req.rateLimited ? config.target.rateLimitBaseUrl : config.target.baseUrl;
        const exchange = await transport(req.unpaced).send(base === '' ? `https://${host}` : base, wire, { timeoutMs: config.target.timeoutMs })
          .finally(() => { if (paced) pacer.done?.(op.key); });
        const envelope: Envelope = exchange.response ? parseEnvelope(exchange.response.body) : { kind: 'neither', problem: 'no response' };
        const why = canRetry && attempt < RETRY.attempts ? transientReason(exchange, envelope) : undefined;
        if (why === undefined) {
          unanswered = exchange.response === undefined ? unanswered + 1 : 0;
          return { exchange: redactExchange(exchange, extra), envelope, region, retries };
        }
        retries.push(redactString(why, extra));
        await (hooks.sleep ?? realSleep)(backoffMs(attempt + 1, hooks.random));
      }
    },
  };
}

/** The run-wide buckets of the schedule broker when there is one, else this process's own pacer. */
function defaultPacer(config: RunConfig): Pacer {
  return config.schedule === undefined ? createPacer(config.rateShare ?? 0.9) : brokerFor(config.schedule.brokerUrl).pacer;
}
