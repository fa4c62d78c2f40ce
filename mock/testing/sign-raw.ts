// Test helper: sign a raw request text the way a client would (TC3 Authorization header, or v1 Signature parameter).
import { canonicalHost } from '../../core/canonical-host.ts';
import { parseQuery } from '../../core/parse-query.ts';
import { signTc3 } from '../../core/sign-tc3.ts';
import { signV1 } from '../../core/sign-v1.ts';
import { splitPath } from '../../core/split-path.ts';
import type { Credentials } from '../../core/types.ts';

interface RawParts {
  readonly method: string;
  readonly path: string;
  readonly headerLines: string[];
  readonly body: string;
}

function split(text: string): RawParts {
  const at = text.indexOf('\n\n');
  const head = at === -1 ? text : text.slice(0, at);
  const body = at === -1 ? '' : text.slice(at + 2);
  const [requestLine = '', ...headerLines] = head.split('\n');
  const [method = '', path = '/'] = requestLine.split(' ');
  return { method, path, headerLines, body };
}

function header(parts: RawParts, name: string): string {
  const line = parts.headerLines.find((l) => l.toLowerCase().startsWith(`${name}:`));
  return line === undefined ? '' : line.slice(line.indexOf(':') + 1).trim();
}

/** The text with an Authorization header for TC3 (content-type;host signed). */
export function signRawTc3(text: string, credentials: Credentials, service: string, timestamp: number): string {
  const parts = split(text);
  const { pathname, query } = splitPath(parts.path);
  const signed = signTc3({
    method: parts.method, canonicalUri: pathname, canonicalQuery: parts.method.toUpperCase() === 'GET' ? query : '',
    headers: { 'content-type': header(parts, 'content-type'), host: canonicalHost(header(parts, 'host')) },
    signedHeaders: ['content-type', 'host'], payload: parts.body, timestamp, service,
    secretId: credentials.secretId, secretKey: credentials.secretKey,
  });
  const [first, ...rest] = text.split('\n');
  return [first, `Authorization: ${signed.authorization}`, ...rest].join('\n');
}

/** The text with `&Signature=...` appended to the GET query or the form body (v1, SignatureMethod as sent). */
export function signRawV1(text: string, credentials: Credentials): string {
  const parts = split(text);
  const get = parts.method.toUpperCase() === 'GET';
  const source = get ? splitPath(parts.path).query : parts.body;
  const pairs = parseQuery(source);
  if (!pairs.ok) return text;
  const params = Object.fromEntries(pairs.value);
  const method = params['SignatureMethod'] === 'HmacSHA256' ? 'HmacSHA256' : 'HmacSHA1';
  const { signature } = signV1({ method: parts.method, host: canonicalHost(header(parts, 'host')), path: splitPath(parts.path).pathname, params, secretKey: credentials.secretKey, signMethod: method });
  const encoded = `&Signature=${encodeURIComponent(signature)}`;
  if (get) return text.replace(parts.path, `${parts.path}${encoded}`);
  return `${text}${encoded}`;
}
