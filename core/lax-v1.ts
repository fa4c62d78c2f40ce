// What a v1 verifier told to leave some signing rules unenforced still accepts: the signature recomputed the way a
// target ignoring each rule would (the other method or hash, an empty host or path, the parameters in the order
// sent, the common parameters only). Never used by a faithful verifier.
import type { SigningRule } from './signing-rules.ts';
import { constantTimeEqual } from './constant-time-equal.ts';
import type { V1Input } from './sign-v1.ts';
import { signV1Variant, type V1Variant } from './sign-v1-variant.ts';
import { V1_COMMON_PARAMS } from './v1-common-params.ts';

/** Whether `signature` matches `base` (params in the order sent) under any variant the `unenforced` rules tolerate. */
export function laxV1Match(base: V1Input, signature: string, unenforced: ReadonlySet<SigningRule>): boolean {
  const hashes: V1Variant[] = unenforced.has('v1.signature-method') ? [{}, { hash: base.signMethod === 'HmacSHA1' ? 'HmacSHA256' : 'HmacSHA1' }] : [{}];
  const pieces: V1Variant[] = [];
  if (unenforced.has('v1.method')) pieces.push({ method: base.method.toUpperCase() === 'GET' ? 'POST' : 'GET' });
  if (unenforced.has('v1.host')) pieces.push({ host: '' });
  if (unenforced.has('v1.path')) pieces.push({ path: '' });
  if (unenforced.has('v1.sorted')) pieces.push({ order: 'as-given' });
  if (unenforced.has('v1.params')) pieces.push({ only: Object.keys(base.params).filter((k) => V1_COMMON_PARAMS.has(k)) });
  const variants = hashes.flatMap((h) => [h, ...pieces.map((p) => ({ ...h, ...p }))]);
  return variants.some((v) => constantTimeEqual(signV1Variant(base, v).signature, signature));
}
