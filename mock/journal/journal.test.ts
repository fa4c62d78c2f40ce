// The journal: a bounded ring buffer; every entry redacted (no SecretKey, signature or token anywhere).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../core/client.ts';
import type { RequestForm, SignMethod } from '../../core/types.ts';
import { startMock, type MockHandle } from '../index.ts';
import { sendCall, signedWire, testClient } from '../testing/signed-call.ts';
import { ACCOUNTS, blueprintIdOf, KEYS } from '../world/default-ids.ts';
import type { JournalEntry } from './journal-entry.ts';
import { createJournal } from './journal.ts';

let mock: MockHandle;
let client: Client;
beforeAll(async () => {
  mock = await startMock({ rateLimits: false, journalCapacity: 50 });
  client = testClient();
});
afterAll(async () => {
  await client.close();
  await mock.close();
});

const entry = (seq: number) => ({ seq } as unknown as JournalEntry);

describe('journal', () => {
  it('keeps the newest entries up to its capacity, and filters by since and limit', () => {
    const journal = createJournal(3);
    for (let i = 1; i <= 5; i += 1) journal.add(i, () => entry(i));
    expect(journal.read().map((e) => e.seq)).toEqual([3, 4, 5]);
    expect(journal.read({ since: 3 }).map((e) => e.seq)).toEqual([4, 5]);
    expect(journal.read({ limit: 1 }).map((e) => e.seq)).toEqual([5]);
    journal.clear();
    expect(journal.read()).toEqual([]);
  });

  it('never holds a SecretKey, a signature or a token, in any form', async () => {
    const forms: ReadonlyArray<readonly [RequestForm, SignMethod]> = [['post-json', 'TC3-HMAC-SHA256'], ['get-query', 'HmacSHA1'], ['post-form', 'HmacSHA256'], ['get-query', 'TC3-HMAC-SHA256']];
    const signatures: string[] = [];
    for (const [form, signMethod] of forms) {
      for (const credentials of [KEYS.caller, KEYS.callerTemporary]) {
        const call = { operation: 'lighthouse.ShareBlueprintAcrossAccounts', params: { BlueprintId: blueprintIdOf('ap-guangzhou', 'main'), AccountIds: [ACCOUNTS.recipients[0] as string] }, credentials, form, signMethod };
        const wire = signedWire(call);
        signatures.push(...[...JSON.stringify(wire).matchAll(/Signature(?:=|%3D)([A-Za-z0-9%+/=]{20,})/g)].map((m) => decodeURIComponent(m[1] as string)));
        await sendCall(client, mock.url, call);
      }
    }
    const text = JSON.stringify(mock.admin.journal());
    expect(mock.admin.journal().length).toBeGreaterThanOrEqual(8);
    expect(signatures.length).toBeGreaterThanOrEqual(8);
    for (const secret of [KEYS.caller.secretKey, KEYS.callerTemporary.secretKey, KEYS.callerTemporary.token, ...signatures]) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(encodeURIComponent(secret));
    }
    expect(text).not.toContain(KEYS.caller.secretId);
  });

  it('records what a request was and what it did', async () => {
    await sendCall(client, mock.url, { operation: 'cvm.DescribeImages', params: { Limit: 1 }, credentials: KEYS.caller, form: 'get-query', signMethod: 'HmacSHA256' });
    const [last] = mock.admin.journal({ limit: 1 });
    expect(last).toMatchObject({
      action: 'DescribeImages', version: '2017-03-12', region: 'ap-guangzhou', form: 'get-query', signMethod: 'HmacSHA256',
      operation: 'cvm.DescribeImages', accountId: ACCOUNTS.caller, params: { Limit: 1 }, code: null, stateChanged: false, faults: [],
    });
    expect(last?.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(last?.time ?? '')).not.toBeNaN();
  });
});
