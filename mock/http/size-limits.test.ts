// Size limits when the body streams in (no Content-Length up front): the mock stops keeping the body past the
// limit, still answers RequestSizeLimitExceeded in the envelope, and the client reads that answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnvelope } from '../../core/parse-envelope.ts';
import { startMock, type MockHandle } from '../index.ts';
import { sendRaw } from '../testing/raw-http.ts';
import { sendCall, testClient } from '../testing/signed-call.ts';
import { KEYS } from '../world/default-ids.ts';

let mock: MockHandle;
beforeAll(async () => {
  mock = await startMock({ rateLimits: false });
});
afterAll(() => mock.close());

function chunked(contentType: string, size: number): Buffer {
  const head = `POST / HTTP/1.1\r\nHost: cvm.tencentcloudapi.com\r\nContent-Type: ${contentType}\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n`;
  const chunk = 64 * 1024;
  const parts: Buffer[] = [Buffer.from(head)];
  for (let sent = 0; sent < size; sent += chunk) parts.push(Buffer.from(`${chunk.toString(16)}\r\n${'a'.repeat(chunk)}\r\n`));
  parts.push(Buffer.from('0\r\n\r\n'));
  return Buffer.concat(parts);
}

describe('size limits on streamed bodies', () => {
  it('a chunked v1 form over 1 MB is RequestSizeLimitExceeded', async () => {
    const answer = await sendRaw(mock.port, chunked('application/x-www-form-urlencoded', 1.2 * 1024 * 1024));
    expect(answer.status).toBe(200);
    const envelope = parseEnvelope(answer.body);
    expect(envelope.kind === 'error' && envelope.code).toBe('RequestSizeLimitExceeded');
  });

  it('a chunked JSON body of 2 MB is within the TC3 limit (refused only for its missing X-TC-Action)', async () => {
    const answer = await sendRaw(mock.port, chunked('application/json', 2 * 1024 * 1024));
    const envelope = parseEnvelope(answer.body);
    expect(envelope.kind === 'error' && envelope.code).toBe('MissingParameter');
  });

  it('an 11 MB JSON request through the client gets the envelope, and the mock serves the next request', async () => {
    const client = testClient();
    const big = await sendCall(client, mock.url, { operation: 'lighthouse.DescribeBlueprints', params: { Pad: 'a'.repeat(11 * 1024 * 1024) }, credentials: KEYS.caller });
    expect(big.code).toBe('RequestSizeLimitExceeded');
    expect((await sendCall(client, mock.url, { operation: 'lighthouse.DescribeBlueprints', params: {}, credentials: KEYS.caller })).code).toBe('success');
    await client.close();
  });
});
