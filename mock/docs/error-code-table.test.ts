// Every documented error code of the four mutating actions is produced by the default world, and every one of the
// observers is produced or exempt with a reason: each row of the tables is sent, signed, over HTTP (TC3 POST JSON
// and v1 GET HmacSHA256: the forms agree), and the code asserted.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../core/client.ts';
import { operationByKey } from '../../generated/operations.ts';
import { startMock, type MockHandle } from '../index.ts';
import { sendCall, testClient } from '../testing/signed-call.ts';
import { KEYS } from '../world/default-ids.ts';
import { ERROR_CODE_TABLE, TABLE_REGION } from './error-code-table.ts';
import { OBSERVER_CODE_TABLE, OBSERVER_CODES_NOT_PRODUCED } from './observer-code-table.ts';
import { renderCodeTable, renderNotProduced } from './render-code-table.ts';

const OBSERVERS = ['lighthouse.DescribeBlueprints', 'lighthouse.DescribeBlueprintsShareAcrossAccountInfos', 'cvm.DescribeImageSharePermission', 'cvm.DescribeImages'];
const MUTATING = ['lighthouse.ShareBlueprintAcrossAccounts', 'lighthouse.CancelShareBlueprintAcrossAccounts', 'lighthouse.ModifyImageSharePermission', 'cvm.ModifyImageSharePermission'];

let mock: MockHandle;
let client: Client;
beforeAll(async () => {
  mock = await startMock({ rateLimits: false });
  client = testClient();
});
afterAll(async () => {
  await client.close();
  await mock.close();
});

describe('error-code table', () => {
  it('has exactly one row per documented code of the four mutating actions', () => {
    for (const key of MUTATING) {
      const documented = Object.keys(operationByKey(key).errorCodes).sort();
      const rows = ERROR_CODE_TABLE.filter((r) => r.operation === key).map((r) => r.code).sort();
      expect(rows, key).toEqual(documented);
    }
  });

  it.each(ERROR_CODE_TABLE.map((r) => [`${r.operation} ${r.code}`, r] as const))('%s', async (_name, row) => {
    for (const form of ['post-json', 'get-query'] as const) {
      const answer = await sendCall(client, mock.url, { operation: row.operation, params: row.params, credentials: KEYS[row.as ?? 'caller'], region: TABLE_REGION, form });
      expect(answer.response?.status).toBe(200);
      expect(answer.code, `${form}: ${answer.response?.body}`).toBe(row.code);
    }
    expect(mock.admin.journal({ limit: 2 }).every((e) => !e.stateChanged)).toBe(true);
  });

  it('is shown in mock/README.md exactly as rendered from the data', async () => {
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(renderCodeTable(ERROR_CODE_TABLE));
    expect(readme).toContain(renderCodeTable(OBSERVER_CODE_TABLE));
    expect(readme).toContain(renderNotProduced(OBSERVER_CODES_NOT_PRODUCED));
  });
});

describe('observer error-code table', () => {
  it('covers every documented code of the four observers, by a row or a stated reason, and nothing else', () => {
    for (const key of OBSERVERS) {
      const documented = Object.keys(operationByKey(key).errorCodes).sort();
      const rows = OBSERVER_CODE_TABLE.filter((r) => r.operation === key).map((r) => r.code);
      const exempt = Object.keys(OBSERVER_CODES_NOT_PRODUCED[key] ?? {});
      expect([...rows, ...exempt].sort(), key).toEqual(documented);
    }
  });

  it.each(OBSERVER_CODE_TABLE.map((r) => [`${r.operation} ${r.code}`, r] as const))('%s', async (_name, row) => {
    for (const form of row.jsonOnly ? (['post-json'] as const) : (['post-json', 'get-query'] as const)) {
      const answer = await sendCall(client, mock.url, { operation: row.operation, params: row.params, credentials: KEYS[row.as ?? 'caller'], region: TABLE_REGION, form });
      expect(answer.code, `${form}: ${answer.response?.body}`).toBe(row.code);
    }
  });
});
