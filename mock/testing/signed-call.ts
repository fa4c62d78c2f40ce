// Test helper: sign a call with core's buildRequest and send it over real HTTP to a running mock.
import { buildRequest } from '../../core/build-request.ts';
import { createClient, type Client } from '../../core/client.ts';
import { parseEnvelope } from '../../core/parse-envelope.ts';
import type { Credentials, Envelope, Params, RequestForm, SignMethod, WireRequest, WireResponse } from '../../core/types.ts';
import { operationByKey } from '../../generated/operations.ts';

/** What a test sends. */
export interface TestCall {
  /** Operation key, e.g. `lighthouse.ShareBlueprintAcrossAccounts`. */
  readonly operation: string;
  readonly params: Params;
  readonly credentials: Credentials;
  readonly region?: string;
  readonly form?: RequestForm;
  readonly signMethod?: SignMethod;
  readonly timestamp?: number;
  /** Host header (defaults to the product's first documented host). */
  readonly host?: string;
}

/** The raw response and its parsed envelope. */
export interface TestAnswer {
  readonly response: WireResponse | undefined;
  readonly envelope: Envelope | undefined;
  readonly failure: string | undefined;
  /** The error code, `success`, or `?` when there is no envelope. */
  readonly code: string;
}

/** The signed wire request of a call. */
export function signedWire(call: TestCall): WireRequest {
  const op = operationByKey(call.operation);
  const form = call.form ?? 'post-json';
  const built = buildRequest(
    { service: op.service, host: call.host ?? op.hosts[0]?.host ?? `${op.service}.tencentcloudapi.com`, action: op.action, version: op.version, region: call.region ?? 'ap-guangzhou', params: call.params },
    { form, signMethod: call.signMethod ?? (form === 'post-json' ? 'TC3-HMAC-SHA256' : 'HmacSHA256'), credentials: call.credentials, ...(call.timestamp !== undefined ? { timestamp: call.timestamp } : {}) },
  );
  if (!built.ok) throw new Error(`cannot build the test request: ${built.error.message}`);
  return built.value;
}

/** Sends a wire request and reads the answer. */
export async function sendWire(client: Client, baseUrl: string, wire: WireRequest): Promise<TestAnswer> {
  const exchange = await client.send(baseUrl, wire, { timeoutMs: 10_000 });
  const envelope = exchange.response ? parseEnvelope(exchange.response.body) : undefined;
  const code = envelope?.kind === 'error' ? envelope.code : envelope?.kind === 'success' ? 'success' : '?';
  return { response: exchange.response, envelope, failure: exchange.failure?.code, code };
}

/** Signs and sends a call. */
export function sendCall(client: Client, baseUrl: string, call: TestCall): Promise<TestAnswer> {
  return sendWire(client, baseUrl, signedWire(call));
}

/** A keep-alive client for a test file. */
export function testClient(): Client {
  return createClient({ connections: 8 });
}
