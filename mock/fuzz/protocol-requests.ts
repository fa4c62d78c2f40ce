// HTTP/1.1 oddities only a raw socket sends: CONNECT, unknown Expect values, HEAD, HTTP/1.0, absolute URIs,
// pipelining, broken chunking, Content-Length beside Transfer-Encoding, an HTTP/2 preface, random bytes.
import { operationByKey } from '../../generated/operations.ts';
import { signedJsonText, signedParams } from './fuzz-signer.ts';
import type { Recipe } from './hostile-recipe.ts';
import { answered, httpBytes, type RawRequest } from './raw-request.ts';

type ProtocolRecipe = Extract<Recipe, { kind: 'protocol' }>;

/** The bytes of one protocol oddity. */
export function protocolRequest(recipe: ProtocolRecipe): RawRequest {
  const action = operationByKey(recipe.op).action;
  const wire = signedJsonText(recipe.op, '{}');
  const text = (s: string) => Buffer.from(s, 'latin1');
  switch (recipe.variant) {
    case 'connect':
      return answered(text('CONNECT 127.0.0.1:443 HTTP/1.1\r\nhost: 127.0.0.1:443\r\n\r\n'), undefined);
    case 'expect-unknown':
      return answered(httpBytes(wire, { extraLines: ['expect: 200-ok'] }), action);
    case 'expect-continue':
      return answered(httpBytes(wire, { extraLines: ['expect: 100-continue'] }), action);
    case 'head':
      return answered(httpBytes({ ...wire, method: 'HEAD', body: '' }, { framing: 'none' }), action, { head: true });
    case 'options':
      return answered(text('OPTIONS * HTTP/1.1\r\nhost: a\r\nconnection: close\r\n\r\n'), undefined);
    case 'http10':
      return answered(httpBytes(wire, { requestLine: 'POST / HTTP/1.0', close: false }), action);
    case 'absolute-uri':
      return answered(httpBytes(wire, { requestLine: `POST http://${wire.headers['host'] ?? 'x'}/ HTTP/1.1` }), action);
    case 'pipelined': {
      const valid = signedParams(recipe.op, 'json', {}) ?? wire;
      return { ...answered(Buffer.concat([httpBytes(valid, { close: false }), text('GARBAGE / HTTP/1.1\r\n\r\n')]), action), answers: 2 };
    }
    case 'bad-chunk-size':
      return answered(text(`POST / HTTP/1.1\r\nhost: a\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`), undefined);
    case 'chunk-extension':
      return answered(Buffer.concat([httpBytes(wire, { framing: 'none', extraLines: ['transfer-encoding: chunked'] }), text('2;name=value\r\n{}\r\n0\r\n\r\n')]), action);
    case 'trailer':
      return answered(Buffer.concat([httpBytes(wire, { framing: 'none', extraLines: ['transfer-encoding: chunked', 'trailer: x-after'] }), text('2\r\n{}\r\n0\r\nx-after: 1\r\n\r\n')]), action);
    case 'h2-preface':
      return answered(text('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n'), undefined);
    case 'random-bytes':
      return answered(randomBytes(recipe.seed), undefined);
    case 'lowercase-method':
      return answered(httpBytes(wire, { requestLine: 'post / HTTP/1.1' }), undefined);
    case 'space-in-uri':
      return answered(httpBytes(wire, { requestLine: 'POST /a b HTTP/1.1' }), undefined);
    case 'cl-and-te':
      return answered(Buffer.concat([httpBytes(wire, { framing: 'none', extraLines: ['content-length: 2', 'transfer-encoding: chunked'] }), text('0\r\n\r\n')]), undefined);
    case 'negative-length':
      return answered(httpBytes(wire, { framing: 'none', extraLines: ['content-length: -1'] }), undefined);
    case 'huge-length':
      return answered(httpBytes(wire, { framing: 'none', extraLines: ['content-length: 99999999999999999999'] }), undefined);
    case 'no-host':
      return answered(text('POST / HTTP/1.1\r\ncontent-type: application/json\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{}'), undefined);
    case 'upgrade':
      return answered(httpBytes(wire, { extraLines: ['upgrade: websocket', 'connection: upgrade'], close: false }), action);
  }
}

/** 1–400 pseudo-random bytes followed by a blank line, from `seed` (printable and not). */
function randomBytes(seed: number): Buffer {
  let x = seed >>> 0 || 1;
  const next = () => ((x = (x * 1103515245 + 12345) >>> 0) >>> 16) & 0xff;
  const length = 1 + (next() * 256 + next()) % 400;
  return Buffer.concat([Buffer.from(Array.from({ length }, next)), Buffer.from('\r\n\r\n')]);
}
