// Recipe → bytes. Signed recipes are signed when materialised (a fresh timestamp), so a long storm never sends an
// expired signature by accident; everything else is built byte by byte, garbage included.
import { operationByKey } from '../../generated/operations.ts';
import { SIZE_LIMITS } from '../protocol/errors.ts';
import { signedJsonText, signedParams, signedV1Pairs, hostOf } from './fuzz-signer.ts';
import type { Recipe } from './hostile-recipe.ts';
import { answered, httpBytes, splitInto, type RawRequest } from './raw-request.ts';
import { protocolRequest } from './protocol-requests.ts';

/** The bytes of one recipe and what the mock owes for them. */
export function materialize(recipe: Recipe): RawRequest {
  const action = 'op' in recipe ? operationByKey(recipe.op).action : undefined;
  switch (recipe.kind) {
    case 'invalid-json': {
      const wire = signedJsonText(recipe.op, recipe.text);
      return answered(httpBytes(recipe.signed ? wire : { ...wire, headers: { ...wire.headers, authorization: 'TC3-HMAC-SHA256 garbage' } }), action);
    }
    case 'invalid-utf8':
      return answered(invalidUtf8(recipe), action);
    case 'content-type': {
      const wire = signedJsonText(recipe.op, '{}');
      const headers = { ...wire.headers, 'content-type': recipe.contentType };
      return answered(httpBytes({ ...wire, headers: recipe.signed ? headers : { ...headers, authorization: 'x' } }), action);
    }
    case 'oversize':
      return answered(oversize(recipe), undefined);
    case 'duplicate-header': {
      const wire = signedJsonText(recipe.op, '{}');
      return answered(httpBytes(wire, { extraLines: recipe.values.map((v) => `${recipe.name}: ${v}`) }), undefined);
    }
    case 'many-headers': {
      const wire = signedJsonText(recipe.op, '{}');
      const lines = Array.from({ length: recipe.count }, (_, i) => `x-fuzz-${i}: ${'v'.repeat(recipe.valueLength)}`);
      return answered(httpBytes(wire, { extraLines: lines }), action);
    }
    case 'header-injection': {
      const wire = signedJsonText(recipe.op, '{}');
      return answered(httpBytes(wire, { extraLines: [`${recipe.name}: ${recipe.payload}`] }), undefined);
    }
    case 'deep-json':
      return answered(httpBytes(signedJsonText(recipe.op, `{"${recipe.param}":${nested(recipe.depth, recipe.shape)}}`)), action);
    case 'wrong-type': {
      const wire = recipe.form === 'json' ? signedJsonText(recipe.op, JSON.stringify({ [recipe.param]: recipe.value }) ?? '{}') : signedParams(recipe.op, recipe.form, { [recipe.param]: recipe.value });
      return answered(httpBytes(wire ?? signedJsonText(recipe.op, '{}')), action);
    }
    case 'huge-array':
      return answered(httpBytes(signedJsonText(recipe.op, `{"${recipe.param}":[${hugeItems(recipe.count, recipe.item)}]}`)), action);
    case 'deep-flat': {
      const wire = signedV1Pairs(recipe.op, recipe.form, [[`Filters${'.0'.repeat(recipe.depth)}`, 'x']]);
      const unsigned = recipe.signed ? wire : { ...wire, path: wire.path.replace(/Signature=[^&]*/, 'Signature=bad'), body: wire.body.replace(/Signature=[^&]*/, 'Signature=bad') };
      return answered(httpBytes(unsigned), action);
    }
    case 'drip': {
      const wire = recipe.inner === 'valid' ? signedParams(recipe.op, 'json', {}) ?? signedJsonText(recipe.op, '{}') : signedJsonText(recipe.op, '{"a":[1,2,');
      return { ...answered(Buffer.alloc(0), action), pieces: splitInto(httpBytes(wire), recipe.pieces), pauseMs: recipe.pauseMs };
    }
    case 'reset': {
      const bytes = httpBytes(signedJsonText(recipe.op, JSON.stringify({ Pad: 'p'.repeat(2000) })));
      return { pieces: [bytes.subarray(0, Math.max(1, Math.floor(bytes.length * recipe.cut)))], pauseMs: 0, ending: recipe.how, answers: 0, head: false, action };
    }
    case 'protocol':
      return protocolRequest(recipe);
    case 'valid':
      return answered(httpBytes(signedParams(recipe.op, recipe.form, recipe.params) ?? signedJsonText(recipe.op, '{}')), action);
  }
}

function invalidUtf8(recipe: Extract<Recipe, { kind: 'invalid-utf8' }>): Buffer {
  const junk = Buffer.from(recipe.bytes);
  const wire = signedJsonText(recipe.op, '{}');
  if (recipe.where === 'body') return httpBytes(wire, {}, Buffer.concat([Buffer.from('{"ImageId":"'), junk, Buffer.from('"}')]));
  if (recipe.where === 'header') return Buffer.concat([Buffer.from(`POST / HTTP/1.1\r\nhost: ${hostOf(recipe.op)}\r\ncontent-type: application/json\r\nx-tc-action: `), junk, Buffer.from('\r\nx-tc-version: 2017-03-12\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{}')]);
  if (recipe.where === 'path') return Buffer.concat([Buffer.from('GET /?Action='), junk, Buffer.from(`&Version=2017-03-12 HTTP/1.1\r\nhost: ${hostOf(recipe.op)}\r\nconnection: close\r\n\r\n`)]);
  const body = Buffer.concat([Buffer.from('Action=DescribeImages&Version=2017-03-12&Region=ap-guangzhou&ImageIds.0='), junk]);
  return httpBytes({ method: 'POST', path: '/', headers: { host: hostOf(recipe.op), 'content-type': 'application/x-www-form-urlencoded' }, body: '' }, {}, body);
}

function oversize(recipe: Extract<Recipe, { kind: 'oversize' }>): Buffer {
  const delta = recipe.over ? 1 : -4096;
  if (recipe.which === 'header-block') {
    const size = recipe.over ? 64 * 1024 + 1 : 30 * 1024;
    return httpBytes({ method: 'GET', path: '/', headers: { host: 'cvm.tencentcloudapi.com' }, body: '' }, { extraLines: [`x-big: ${'h'.repeat(size)}`], framing: 'none' });
  }
  if (recipe.which === 'get') {
    const path = `/?Action=DescribeImages&Version=2017-03-12&Pad=`;
    return httpBytes({ method: 'GET', path: path + 'g'.repeat(Math.max(0, SIZE_LIMITS.get + delta - path.length)), headers: { host: 'cvm.tencentcloudapi.com' }, body: '' }, { framing: 'none' });
  }
  const [limit, contentType] = recipe.which === 'form' ? [SIZE_LIMITS.v1Post, 'application/x-www-form-urlencoded'] : [SIZE_LIMITS.tc3Post, 'application/json'];
  const size = limit + delta;
  const wire = { method: 'POST', path: '/', headers: { host: 'cvm.tencentcloudapi.com', 'content-type': contentType }, body: '' };
  if (recipe.framing === 'declared-only') return httpBytes(wire, { framing: 'declared-only', declared: size });
  return httpBytes(wire, { framing: recipe.framing }, Buffer.alloc(size, 0x61));
}

/** `[[[…]]]` or `{"a":{"a":…1}}`, `depth` levels. */
export function nested(depth: number, shape: 'array' | 'object'): string {
  return shape === 'array' ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

function hugeItems(count: number, item: 'account' | 'number' | 'object' | 'long-string'): string {
  const one = (i: number) => (item === 'account' ? `"${300000000000 + i}"` : item === 'number' ? String(i) : item === 'object' ? `{"i":${i}}` : `"${'s'.repeat(64)}${i}"`);
  return Array.from({ length: count }, (_, i) => one(i)).join(',');
}
