// fast-check arbitraries shared by the core self-tests: nested action params, calls, credentials.
import fc from 'fast-check';
import type { ApiCall, Credentials, Params } from '../types.ts';
import { V1_COMMON_PARAMS } from '../v1-common-params.ts';

/** A parameter name: no dot, not an index, not a v1 common parameter name. */
export const paramName: fc.Arbitrary<string> = fc
  .stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,7}$/)
  .filter((n) => !V1_COMMON_PARAMS.has(n));

/** Leaf strings that stress the encoders: separators, escapes, spaces, any Unicode. */
export const trickyString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom('', ' ', '&', '=', '+', '%', '%20', 'a+b', 'a b', '?x=1&y', '.', '0', '*', "'()!", '~-_.', '未命名'),
);

/** A leaf as it may appear in JSON params. */
export const leaf: fc.Arbitrary<unknown> = fc.oneof(trickyString, fc.integer(), fc.boolean());

/** A non-empty nested value (empty containers cannot travel in the flat form). */
export const nestedValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('value'), { minLength: 1, maxLength: 3 }),
    fc.dictionary(paramName, tie('value'), { minKeys: 1, maxKeys: 3 }),
  ),
})).value;

/** Action params: an object of nested values, possibly empty. */
export const params: fc.Arbitrary<Params> = fc.dictionary(paramName, nestedValue, { maxKeys: 4 });

/** Credentials, with a session token half of the time. */
export const credentials: fc.Arbitrary<Credentials> = fc.record(
  {
    secretId: fc.stringMatching(/^AKID[A-Za-z0-9]{12,32}$/),
    secretKey: fc.stringMatching(/^[A-Za-z0-9]{16,40}$/),
    token: fc.stringMatching(/^[A-Za-z0-9_-]{16,60}$/),
  },
  { requiredKeys: ['secretId', 'secretKey'] },
);

/** A call to one of the image-sharing products, with optional region and language. */
export const apiCall: fc.Arbitrary<ApiCall> = fc
  .record(
    {
      product: fc.constantFrom('lighthouse', 'cvm'),
      action: fc.stringMatching(/^[A-Z][A-Za-z]{2,30}$/),
      region: fc.constantFrom('ap-guangzhou', 'ap-singapore', 'na-siliconvalley', ''),
      language: fc.constantFrom('zh-CN' as const, 'en-US' as const),
      params,
    },
    { requiredKeys: ['product', 'action', 'params'] },
  )
  .map(({ product, ...rest }) => ({
    ...rest,
    service: product,
    host: `${product}.tencentcloudapi.com`,
    version: product === 'lighthouse' ? '2020-03-24' : '2017-03-12',
  }));

/** Leaves turned into strings, as the flat forms deliver them. */
export function stringifyLeaves(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stringifyLeaves);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stringifyLeaves(v)]));
  return String(value);
}
