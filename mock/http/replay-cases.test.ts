// Replays the protocol regression cases in mock/http/cases/: each raw request goes over a plain TCP socket, and
// every answer must be HTTP 200, JSON, a well-formed envelope with a UUID RequestId and the expected code.
import { readdir, readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnvelope } from '../../core/parse-envelope.ts';
import type { Credentials } from '../../core/types.ts';
import { startMock, type MockHandle } from '../index.ts';
import { fillPlaceholders, parseCaseFile, type ProtocolCase } from '../testing/case-file.ts';
import { sendRaw } from '../testing/raw-http.ts';
import { signRawTc3, signRawV1 } from '../testing/sign-raw.ts';
import { KEYS } from '../world/default-ids.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const dir = new URL('./cases/', import.meta.url);
const names = (await readdir(dir)).filter((f) => f.endsWith('.case')).sort();
const cases: ProtocolCase[] = await Promise.all(names.map(async (name) => {
  const parsed = parseCaseFile(name, await readFile(new URL(name, dir), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}));

let mock: MockHandle;
beforeAll(async () => {
  mock = await startMock({ rateLimits: false });
});
afterAll(() => mock.close());

function credentialsOf(role: string | undefined): Credentials {
  if (role !== undefined && role in KEYS) return KEYS[role as keyof typeof KEYS];
  return { secretId: 'AKIDnobodyKnowsThisKey000000000000', secretKey: 'nobodyKnowsThisSecret' };
}

/** The bytes to send: placeholders filled, signed, tampered, Content-Length and Connection: close added. */
function wireText(c: ProtocolCase): string {
  const ts = 'absolute' in c.timestamp ? c.timestamp.absolute : Math.floor(Date.now() / 1000) + c.timestamp.relative;
  let text = fillPlaceholders(c.request, ts);
  if (c.sign.kind === 'tc3') text = signRawTc3(text, credentialsOf(c.sign.key), c.sign.service ?? 'lighthouse', ts);
  if (c.sign.kind === 'v1') text = signRawV1(text, credentialsOf(c.sign.key));
  if (c.tamper) text = text.replace(c.tamper.from, c.tamper.to);
  const at = text.indexOf('\n\n');
  const head = at === -1 ? text : text.slice(0, at);
  const body = at === -1 ? '' : text.slice(at + 2);
  if (!/^[A-Z]+ \S+ HTTP\/1\.1$/.test(head.split('\n')[0] ?? '')) return `${head.replace(/\n/g, '\r\n')}\r\n\r\n`;
  const lines = [...head.split('\n'), 'Connection: close'];
  if (body !== '' || head.startsWith('POST')) lines.push(`Content-Length: ${Buffer.byteLength(body)}`);
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}

describe('protocol regression cases', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(30));

  it.each(cases.map((c) => [c.file, c] as const))('%s', async (_file, c) => {
    const answer = await sendRaw(mock.port, wireText(c));
    expect(answer.status, c.what).toBe(200);
    expect(answer.headers['content-type']).toBe('application/json');
    const envelope = parseEnvelope(answer.body);
    expect(envelope.kind, answer.body.slice(0, 300)).not.toBe('neither');
    if (envelope.kind === 'neither') return;
    expect(envelope.requestId).toMatch(UUID);
    expect(envelope.kind === 'error' ? envelope.code : 'success', `${c.what}\n${answer.body.slice(0, 300)}`).toBe(c.expect);
  });
});
