// Parameter names an action does not define.
import type fc from 'fast-check';
import { matching } from './matching.ts';

// Names of the common request parameters (query and form wire), never usable as an "unknown" parameter.
const COMMON = ['Action', 'Version', 'Region', 'Timestamp', 'Nonce', 'SecretId', 'Signature', 'SignatureMethod', 'Token', 'Language', 'RequestClient', 'DryRun'];

/** Names that are not `defined`, not a common parameter, and do not differ from either only in case. */
export function unknownName(defined: readonly string[]): fc.Arbitrary<string> {
  const taken = new Set([...defined, ...COMMON].map((name) => name.toLowerCase()));
  return matching('^[A-Z][a-z]{2,9}(?:[A-Z][a-z]{2,9})?$').filter((name) => !taken.has(name.toLowerCase()));
}
