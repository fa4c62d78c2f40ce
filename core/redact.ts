// Redaction before anything reaches a report, a log or a journal: signatures, SecretKeys and session tokens
// become `***`; SecretIds stay recognisable but are masked (`AKID…1234`). Known secret values passed in are also
// scrubbed verbatim, percent-encoded and JSON-escaped, wherever they appear.
import type { Exchange, WireRequest } from './types.ts';
import { percentEncode } from './percent-encode.ts';

/** What every redacted value is replaced with. */
export const REDACTED = '***';

/** `AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE` → `AKID…MPLE`; ids of 8 characters or fewer are fully hidden. */
export function maskSecretId(secretId: string): string {
  return secretId.length > 8 ? `${secretId.slice(0, 4)}…${secretId.slice(-4)}` : REDACTED;
}

const RULES: ReadonlyArray<readonly [RegExp, (...m: string[]) => string]> = [
  // query/form/Authorization pieces: Signature=…, Token=…, SecretKey=… (not SignatureMethod)
  [/(^|[?&\s,])(Signature|Token|SecretKey)=([^&\s,"']*)/gi, (_m, lead = '', name = '') => `${lead}${name}=${REDACTED}`],
  // header lines: X-TC-Token: …
  [/\b(x-tc-token)(\s*:\s*)([^\s"',]+)/gi, (_m, name = '', sep = '') => `${name}${sep}${REDACTED}`],
  // JSON members whose name says token / secret key / password / signature
  [/"([\w-]*(?:token|secretkey|password)|signature)"(\s*:\s*)"(?:[^"\\]|\\.)*"/gi, (_m, name = '', sep = '') => `"${name}"${sep}"${REDACTED}"`],
  // SecretIds: Credential=<id>/…, SecretId=<id>, "SecretId":"<id>"
  [/(Credential=)([^/\s,"]+)/g, (_m, lead = '', id = '') => `${lead}${maskSecretId(id)}`],
  [/(^|[?&\s,])(SecretId=)([^&\s,"']*)/g, (_m, lead = '', name = '', id = '') => `${lead}${name}${maskSecretId(id)}`],
  [/("secretId"\s*:\s*")((?:[^"\\]|\\.)*)"/gi, (_m, lead = '', id = '') => `${lead}${maskSecretId(id)}"`],
];

/** Redacts signatures, tokens and secret keys in free text (query strings, form bodies, JSON, header dumps). */
export function redactString(text: string, secrets: readonly string[] = []): string {
  let out = text;
  // Every rule needs one of these words; most texts (answers, most headers) have none and skip the six passes.
  if (MAY_MATCH.test(out)) for (const [pattern, replace] of RULES) out = out.replace(pattern, replace as (substring: string, ...args: string[]) => string);
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    for (const form of formsOf(secret)) if (out.includes(form)) out = out.split(form).join(REDACTED);
  }
  return out;
}

/** A secret as it may appear: verbatim, percent-encoded, JSON-escaped (kept: redaction runs on every header). */
function formsOf(secret: string): readonly string[] {
  const known = secretForms.get(secret);
  if (known !== undefined) return known;
  const forms = [...new Set([secret, safeEncode(secret), JSON.stringify(secret).slice(1, -1)])];
  if (secretForms.size >= 64) secretForms.clear();
  secretForms.set(secret, forms);
  return forms;
}

const secretForms = new Map<string, readonly string[]>();

/** A word every RULES pattern contains (case-insensitive). */
const MAY_MATCH = /signature|token|secretkey|password|credential=|secretid/i;

/** A copy of the request with Authorization's signature, X-TC-Token and every secret in path or body redacted. */
export function redactWire(wire: WireRequest, secrets: readonly string[] = []): WireRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(wire.headers)) {
    const lower = name.toLowerCase();
    if (lower === 'x-tc-token') headers[name] = REDACTED;
    else if (lower === 'authorization') headers[name] = /Signature=/i.test(value) ? redactString(value, secrets) : REDACTED;
    else headers[name] = redactString(value, secrets);
  }
  return { method: wire.method, path: redactString(wire.path, secrets), headers, body: redactString(wire.body, secrets) };
}

/** A copy of the exchange with request, URL, response and failure message redacted. */
export function redactExchange(exchange: Exchange, secrets: readonly string[] = []): Exchange {
  const text = (s: string) => redactString(s, secrets);
  const response = exchange.response && {
    status: exchange.response.status,
    headers: Object.fromEntries(Object.entries(exchange.response.headers).map(([k, v]) => [k, text(v)])),
    body: text(exchange.response.body),
  };
  return {
    url: text(exchange.url),
    request: redactWire(exchange.request, secrets),
    ...(response ? { response } : {}),
    ...(exchange.failure ? { failure: { code: exchange.failure.code, message: text(exchange.failure.message) } } : {}),
    timings: exchange.timings,
  };
}

function safeEncode(secret: string): string {
  try {
    return percentEncode(secret);
  } catch {
    return secret;
  }
}
