// The hostile-input arbitrary: one weighted choice over every kind of malformed request the fuzz test sends,
// and `catalogue`, one recipe of every kind and variant, sent first so even a short run covers them all.
import fc from 'fast-check';
import { arbitraries } from '../../generated/arbitraries/index.ts';
import { operations } from '../../generated/operations.ts';
import type { FuzzOperation, ProtocolVariant, Recipe } from './hostile-recipe.ts';

const OPS = operations.map((o) => o.key as FuzzOperation);
const op = fc.constantFrom(...OPS);
const PROTOCOL: readonly ProtocolVariant[] = ['connect', 'expect-unknown', 'expect-continue', 'head', 'options', 'http10', 'absolute-uri', 'pipelined',
  'bad-chunk-size', 'chunk-extension', 'trailer', 'h2-preface', 'random-bytes', 'lowercase-method', 'space-in-uri', 'cl-and-te', 'negative-length',
  'huge-length', 'no-host', 'upgrade'];

/** Text that is not a JSON object: truncated, trailing garbage, bare values, comments, single quotes, NaN. */
const notJson = fc.oneof(
  fc.constantFrom('{', '{"a":', '{"a":1,}', "{'a':1}", '{"a":NaN}', '{"a":1} x', '/* c */ {}', '[1,2', 'nul', '"str"', '123', '[]', 'null', '{"a":"\\u12"}', '\u0000'),
  fc.string({ maxLength: 200 }),
  fc.json().map((j) => j.slice(0, Math.max(0, j.length - 1))),
);

/** Values of the wrong JSON type for any parameter: numbers where strings belong, and the reverse. */
const wrongValue = fc.oneof(
  fc.integer(), fc.double(), fc.constantFrom(1e308, -0, 2 ** 53 + 1, true, false, null, '', '1', 'NaN', '-1', '99999999999999999999'),
  fc.array(fc.integer(), { maxLength: 5 }), fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }), fc.string({ maxLength: 40 }),
);

const paramOf = (key: FuzzOperation) => fc.constantFrom(...(operations.find((o) => o.key === key)?.params ?? ['X']), 'Unknown', 'AccountIds');

const injection = fc.constantFrom('a\r\nset-cookie: x=1', 'a\rset-cookie: x=1', 'a\nset-cookie: x=1', 'a\r\n\r\nGET / HTTP/1.1', 'a\u0000b', ' folded\r\n continued',
  '<script>', 'a\tb', '%0d%0aset-cookie:x', 'ünïcode');

/** One hostile request, weighted towards the cheap kinds so 100,000 of them run in minutes. */
export const hostileRecipe: fc.Arbitrary<Recipe> = fc.oneof(
  { weight: 12, arbitrary: fc.record({ kind: fc.constant('invalid-json' as const), op, text: notJson, signed: fc.boolean() }) },
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('invalid-utf8' as const), op, where: fc.constantFrom('body' as const, 'path' as const, 'header' as const, 'form' as const),
    bytes: fc.array(fc.oneof(fc.constantFrom(0xc3, 0x28, 0xff, 0xfe, 0x80, 0xed, 0xa0, 0xf4, 0x90, 0xc0, 0xaf), fc.integer({ min: 0x80, max: 0xff })), { minLength: 1, maxLength: 12 }) }) },
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('content-type' as const), op, signed: fc.boolean(),
    contentType: fc.constantFrom('text/plain', 'text/xml', 'multipart/form-data; boundary=x', 'application/json; charset=latin1', 'application/json, text/plain',
      'APPLICATION/JSON', 'application/x-www-form-urlencoded', 'application/octet-stream', ';', 'application/json;;;', '*/*', 'x'.repeat(300)) }) },
  // A declared length with no body under the limit is a slow body (a 15 s wait): the catalogue sends that one once.
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('oversize' as const), which: fc.constantFrom('get' as const, 'form' as const, 'header-block' as const),
    over: fc.boolean(), framing: fc.constantFrom('length' as const, 'chunked' as const, 'declared-only' as const) })
    .map((r) => (r.framing === 'declared-only' && !r.over ? { ...r, over: true } : r)) },
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('duplicate-header' as const), op,
    name: fc.constantFrom('host', 'content-type', 'x-tc-action', 'x-tc-version', 'authorization', 'x-tc-region', 'x-tc-timestamp', 'x-tc-token', 'content-length', 'transfer-encoding'),
    values: fc.array(fc.constantFrom('a', 'DescribeImages', '2017-03-12', 'application/json', '5', 'chunked', '', 'cvm.tencentcloudapi.com'), { minLength: 1, maxLength: 3 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('many-headers' as const), op, count: fc.integer({ min: 100, max: 3000 }), valueLength: fc.integer({ min: 0, max: 20 }) }) },
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('header-injection' as const), op,
    name: fc.constantFrom('x-tc-action', 'x-tc-traceid', 'x-tc-region', 'host', 'x-tc-language', 'x-custom', 'bad name', 'colon:name'), payload: injection }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('deep-json' as const), op, param: fc.constantFrom('AccountIds', 'Filters', 'ImageIds', 'BlueprintIds', 'Nope'),
    depth: fc.oneof(fc.integer({ min: 1, max: 64 }), fc.constantFrom(1000, 10_000, 100_000)), shape: fc.constantFrom('array' as const, 'object' as const) }) },
  { weight: 14, arbitrary: op.chain((o) => fc.record({ kind: fc.constant('wrong-type' as const), op: fc.constant(o), form: fc.constantFrom('json' as const, 'get' as const, 'form' as const),
    param: paramOf(o), value: wrongValue })) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('huge-array' as const), op, param: fc.constantFrom('AccountIds', 'ImageIds', 'BlueprintIds', 'Filters'),
    count: fc.constantFrom(100_000, 10_001, 501), item: fc.constantFrom('account' as const, 'number' as const, 'object' as const, 'long-string' as const) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('deep-flat' as const), op, form: fc.constantFrom('get' as const, 'form' as const),
    depth: fc.oneof(fc.integer({ min: 1, max: 40 }), fc.constantFrom(5000, 15_000)), signed: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('drip' as const), inner: fc.constantFrom('valid' as const, 'invalid-json' as const), op,
    pieces: fc.integer({ min: 2, max: 12 }), pauseMs: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('reset' as const), op, cut: fc.double({ min: 0.01, max: 0.99, noNaN: true }), how: fc.constantFrom('rst' as const, 'fin' as const) }) },
  { weight: 10, arbitrary: fc.record({ kind: fc.constant('protocol' as const), op, variant: fc.constantFrom(...PROTOCOL), seed: fc.integer({ min: 1, max: 2 ** 30 }) }) },
  { weight: 5, arbitrary: op.chain((o) => fc.record({ kind: fc.constant('valid' as const), op: fc.constant(o), form: fc.constantFrom('json' as const, 'get' as const, 'form' as const),
    params: fc.oneof(arbitraries[o as keyof typeof arbitraries].valid(), fc.constant({})) })) },
);

/** One recipe of every kind and variant, including the expensive ones (10 MB bodies, 100,000-item arrays). */
export function catalogue(): Recipe[] {
  const o: FuzzOperation = 'cvm.ModifyImageSharePermission';
  const l: FuzzOperation = 'lighthouse.ShareBlueprintAcrossAccounts';
  const oversize = (['get', 'form', 'json', 'header-block'] as const).flatMap((which) => (['length', 'chunked', 'declared-only'] as const)
    .flatMap((framing) => [true, false].map((over): Recipe => ({ kind: 'oversize', which, over, framing }))));
  return [
    ...oversize,
    ...PROTOCOL.map((variant): Recipe => ({ kind: 'protocol', op: o, variant, seed: 7 })),
    ...(['account', 'number', 'object', 'long-string'] as const).map((item): Recipe => ({ kind: 'huge-array', op: o, param: 'AccountIds', count: 100_000, item })),
    { kind: 'huge-array', op: l, param: 'AccountIds', count: 100_000, item: 'account' },
    ...[10, 10_000, 100_000].flatMap((depth) => (['array', 'object'] as const).map((shape): Recipe => ({ kind: 'deep-json', op: o, param: 'AccountIds', depth, shape }))),
    ...[40, 5000, 15_000].flatMap((depth) => (['get', 'form'] as const).map((form): Recipe => ({ kind: 'deep-flat', op: 'cvm.DescribeImages', form, depth, signed: true }))),
    ...(['body', 'path', 'header', 'form'] as const).map((where): Recipe => ({ kind: 'invalid-utf8', op: o, where, bytes: [0xc3, 0x28, 0xff] })),
    { kind: 'wrong-type', op: o, form: 'json', param: 'ImageId', value: 12345 },
    { kind: 'wrong-type', op: l, form: 'json', param: 'AccountIds', value: [200000001001] },
    { kind: 'header-injection', op: o, name: 'x-tc-traceid', payload: 'a\r\nset-cookie: x=1' },
    { kind: 'duplicate-header', op: o, name: 'content-length', values: ['5'] },
    { kind: 'duplicate-header', op: o, name: 'host', values: ['lighthouse.tencentcloudapi.com'] },
    { kind: 'many-headers', op: o, count: 3000, valueLength: 10 },
    { kind: 'drip', inner: 'valid', op: 'cvm.DescribeImages', pieces: 10, pauseMs: 20 },
    { kind: 'reset', op: o, cut: 0.5, how: 'rst' },
    { kind: 'reset', op: o, cut: 0.5, how: 'fin' },
    { kind: 'invalid-json', op: o, text: '{"ImageId":', signed: true },
    { kind: 'content-type', op: o, contentType: 'text/xml', signed: true },
    { kind: 'valid', op: 'cvm.DescribeImages', form: 'get', params: {} },
  ];
}
