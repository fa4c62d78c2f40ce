// One-character mutations for the "verify rejects any tampering" properties.
import type { WireRequest } from '../types.ts';

/** `text` with the character at `index` (modulo length) replaced by a different, non-hex, non-separator letter. */
export function mutateAt(text: string, index: number): string {
  const i = index % text.length;
  const replacement = text[i] === 'x' ? 'y' : 'x';
  return text.slice(0, i) + replacement + text.slice(i + 1);
}

/** A decimal string with the digit at `index` (modulo length) changed to another digit. */
export function mutateDigit(digits: string, index: number): string {
  const i = index % digits.length;
  const next = String((Number(digits[i]) + 1 + (index % 9)) % 10);
  return digits.slice(0, i) + next + digits.slice(i + 1);
}

/** The request with header `name` set to `value`. */
export function withHeader(wire: WireRequest, name: string, value: string): WireRequest {
  return { ...wire, headers: { ...wire.headers, [name]: value } };
}

/** One character changed where the signed params travel: the body for POST, the query for GET (or a body byte added). */
export function mutateCarrier(wire: WireRequest, index: number): WireRequest {
  if (wire.method === 'POST') return { ...wire, body: mutateAt(wire.body, index) };
  const q = wire.path.indexOf('?');
  if (q === -1) return { ...wire, body: 'x' };
  return { ...wire, path: wire.path.slice(0, q + 1) + mutateAt(wire.path.slice(q + 1), index) };
}

/** One digit of the timestamp changed: X-TC-Timestamp for TC3, the Timestamp parameter for v1. */
export function mutateTimestamp(wire: WireRequest, index: number): WireRequest {
  const header = wire.headers['x-tc-timestamp'];
  if (header !== undefined) return withHeader(wire, 'x-tc-timestamp', mutateDigit(header, index));
  const swap = (s: string) => s.replace(/(^|[?&])Timestamp=(\d+)/, (_m, lead: string, ts: string) => `${lead}Timestamp=${mutateDigit(ts, index)}`);
  return wire.method === 'GET' ? { ...wire, path: swap(wire.path) } : { ...wire, body: swap(wire.body) };
}
