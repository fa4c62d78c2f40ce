// sdk_wire_conformance: the request the SDK put on the wire for one call. It must be one request, in the form the
// calling style asks for, naming the action, the spec's version and the region, carrying the token of temporary
// credentials, signed so that the signature verifies for the product host, with exactly the parameters the call
// gave (arrays flattened to `.N` in queries and forms) and, for a valid call, parameters the spec's schema accepts.

import { canonicalHost } from '../../core/canonical-host.ts';
import { parseIncoming } from '../../core/parse-incoming.ts';
import type { Credentials, IncomingCall, Params, WireRequest } from '../../core/types.ts';
import { verifySignature } from '../../core/verify-signature.ts';
import type { Operation } from '../../generated/operations.ts';
import { validatorFor } from '../../generated/validators.ts';
import type { CallingStyle } from '../calls/calling-styles.ts';
import { sdkFinding, type SdkFinding } from '../sdk-finding.ts';
import { flatParamProblems, jsonParamProblems, type ParamProblem } from './wire-params.ts';

/** What one call was asked to do, and what arrived. */
export interface WireInput {
  readonly operation: Operation;
  readonly style: CallingStyle;
  readonly host: string;
  readonly region: string;
  readonly params: Params;
  readonly credentials: Credentials;
  /** The params are valid per the spec (not a deliberately broken request of an error case). */
  readonly valid: boolean;
  /** Every request that arrived during the call. */
  readonly captured: readonly WireRequest[];
  /** Unix seconds, for the signature's clock check. */
  readonly now: number;
}

/** Findings about the wire request of one call. */
export function wireConformance(input: WireInput): SdkFinding[] {
  const make = (title: string, detail: string, severity: 'critical' | 'major' | 'minor' = 'critical') =>
    sdkFinding({ check: 'sdk_wire_conformance', severity, operation: input.operation.key, title, detail });
  const [request, ...more] = input.captured;
  if (request === undefined) return [make('No request sent', `the ${input.style.id} call never reached the server`)];
  const out: SdkFinding[] = more.length > 0 ? [make('Several requests for one call', `${input.captured.length} requests arrived`, 'major')] : [];
  const params = input.style.form === 'post-json'
    ? null
    : flatParamProblems(request, input.style.form, input.style.signMethod !== 'TC3-HMAC-SHA256', input.params);
  const parsed = parseIncoming(request);
  if (!parsed.ok) {
    out.push(make('Request not readable as API 3.0', `${parsed.error.code}: ${parsed.error.message}`));
    return [...out, ...(params ?? []).map((p) => make(p.title, p.detail))];
  }
  out.push(...callProblems(input, request, parsed.value).map((p) => make(p.title, p.detail)));
  out.push(...(params ?? jsonParamProblems(parsed.value.params, input.params)).map((p) => make(p.title, p.detail)));
  const signature = verifySignature({ request, lookupSecret: (id) => (id === input.credentials.secretId ? input.credentials.secretKey : undefined), service: input.operation.service, host: input.host, now: input.now });
  if (!signature.ok) out.push(make('Signature does not verify', `${input.style.signMethod} over host ${input.host}, service ${input.operation.service}: ${signature.error.code}: ${signature.error.message}`));
  if (input.valid && out.length === 0) out.push(...schemaProblems(input, parsed.value).map((p) => make(p.title, p.detail, 'major')));
  return out;
}

/** Form, action, version, region, token and host against the call. */
function callProblems(input: WireInput, request: WireRequest, call: IncomingCall): ParamProblem[] {
  const { operation: op, style } = input;
  const out: ParamProblem[] = [];
  const differs = (what: string, sent: unknown, want: unknown) => {
    if (sent !== want) out.push({ title: `Wrong ${what}`, detail: `sent ${String(sent)}, expected ${String(want)}` });
  };
  differs('request form', `${call.form} ${call.signMethod}`, `${style.form} ${style.signMethod}`);
  differs('action', call.action, op.action);
  differs('version', call.version, op.version);
  differs('region', call.region, input.region);
  differs('token', call.token === undefined ? 'no token' : call.token === input.credentials.token ? 'the token' : 'another token', input.credentials.token ? 'the token' : 'no token');
  differs('host', canonicalHost(request.headers['host'] ?? ''), input.host);
  if (op.regions !== null && call.region !== undefined && !op.regions.includes(call.region)) out.push({ title: 'Region not documented', detail: `${call.region} is not among the ${op.regions.length} documented regions` });
  return out;
}

/** The spec's request schema (the coerced one for query strings and forms) on the params that arrived. */
function schemaProblems(input: WireInput, call: IncomingCall): ParamProblem[] {
  const key = input.style.form === 'post-json' ? input.operation.requestValidator : `${input.operation.key}.requestCoerced`;
  const validate = validatorFor(key);
  if (validate(structuredClone(call.params))) return [];
  const why = (validate.errors ?? []).slice(0, 3).map((e) => `${e.instancePath || '(params)'} ${e.message ?? e.keyword}`).join('; ');
  return [{ title: 'Parameters break the spec schema', detail: `${key}: ${why}` }];
}
