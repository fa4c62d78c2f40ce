// The official Node SDK against the mock, with the real product host names (an http.Agent resolves every name to
// 127.0.0.1): all eight actions with TC3 POST, v1 GET HmacSHA256 and v1 GET HmacSHA1; temporary credentials;
// errors mapped to TencentCloudSDKHttpException with code and requestId.
import { Agent } from 'node:http';
import * as tc from 'tencentcloud-sdk-nodejs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Credentials } from '../../core/types.ts';
import { validatorFor } from '../../generated/validators.ts';
import { startMock, type MockHandle } from '../index.ts';
import { ACCOUNTS, blueprintIdOf, imageIdOf, KEYS } from '../world/default-ids.ts';

for (const name of ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY', 'all_proxy', 'ALL_PROXY']) delete process.env[name];

type SdkClient = Record<string, (req: unknown) => Promise<Record<string, unknown>>>;
type Mode = readonly [signMethod: 'TC3-HMAC-SHA256' | 'HmacSHA256' | 'HmacSHA1', reqMethod: 'POST' | 'GET'];

const G = 'ap-guangzhou';
const R0 = ACCOUNTS.recipients[0] as string;
const MODES: readonly Mode[] = [['TC3-HMAC-SHA256', 'POST'], ['HmacSHA256', 'GET'], ['HmacSHA1', 'GET']];
const agent = new Agent({
  keepAlive: true,
  lookup: ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) =>
    options.all ? callback(null, [{ address: '127.0.0.1', family: 4 }]) : callback(null, '127.0.0.1', 4)) as never,
});
let mock: MockHandle;

beforeAll(async () => {
  mock = await startMock({ rateLimits: false });
});
afterAll(async () => {
  agent.destroy();
  await mock.close();
});
beforeEach(() => mock.admin.reset());

function client(product: 'lighthouse' | 'cvm', [signMethod, reqMethod]: Mode, credential: Credentials = KEYS.caller): SdkClient {
  const profile = { signMethod, httpProfile: { reqMethod, endpoint: `${product}.tencentcloudapi.com:${mock.port}`, protocol: 'http://', agent, reqTimeout: 10 } };
  const options = { credential, region: G, profile };
  return (product === 'lighthouse' ? new tc.lighthouse.v20200324.Client(options as never) : new tc.cvm.v20170312.Client(options as never)) as unknown as SdkClient;
}

/** The eight actions in an order where each succeeds on the default world. */
const CALLS: ReadonlyArray<readonly [product: 'lighthouse' | 'cvm', action: string, params: Record<string, unknown>]> = [
  ['lighthouse', 'ShareBlueprintAcrossAccounts', { BlueprintId: blueprintIdOf(G, 'main'), AccountIds: [R0] }],
  ['lighthouse', 'DescribeBlueprintsShareAcrossAccountInfos', { BlueprintIds: [blueprintIdOf(G, 'main')] }],
  ['lighthouse', 'CancelShareBlueprintAcrossAccounts', { BlueprintId: blueprintIdOf(G, 'main'), AccountIds: [R0] }],
  ['lighthouse', 'ModifyImageSharePermission', { ImageId: imageIdOf(G, 'lhmain'), Permission: 'SHARE' }],
  ['lighthouse', 'DescribeBlueprints', { Filters: [{ Name: 'blueprint-type', Values: ['SHARED'] }] }],
  ['cvm', 'ModifyImageSharePermission', { ImageId: imageIdOf(G, 'main'), AccountIds: [R0], Permission: 'SHARE' }],
  ['cvm', 'DescribeImageSharePermission', { ImageId: imageIdOf(G, 'main') }],
  ['cvm', 'DescribeImages', { ImageIds: [imageIdOf(G, 'main')] }],
];

describe('tencentcloud-sdk-nodejs against the mock', () => {
  describe.each(MODES.map((m) => [`${m[0]} ${m[1]}`, m] as const))('%s', (_name, mode) => {
    it('calls all eight actions successfully, answers matching the response schemas', async () => {
      for (const [product, action, params] of CALLS) {
        const sdk = client(product, mode);
        const method = sdk[action];
        expect(method, action).toBeTypeOf('function');
        const response = await method!.call(sdk, params);
        expect(response['RequestId'], action).toMatch(/^[0-9a-f-]{36}$/);
        const validate = validatorFor(`${product}.${action}.response`);
        expect(validate({ Response: response }), `${action}: ${JSON.stringify(validate.errors)}`).toBe(true);
      }
      const journal = mock.admin.journal({ limit: CALLS.length });
      expect(journal.map((e) => [e.code, e.stateChanged, e.signMethod])).toEqual(CALLS.map(([, a]) => [null, !a.startsWith('Describe'), mode[0]]));
    });

    it('maps a documented error to TencentCloudSDKHttpException with code and requestId', async () => {
      const sdk = client('cvm', mode);
      const error = await sdk['ModifyImageSharePermission']!.call(sdk, { ImageId: imageIdOf(G, 'byol'), AccountIds: [R0], Permission: 'SHARE' }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'FailedOperation.BYOLImageShareFailed', requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    });
  });

  it('temporary credentials travel with their token (TC3 header, v1 Token parameter); a wrong token is TokenFailure', async () => {
    for (const mode of MODES) {
      const sdk = client('cvm', mode, KEYS.callerTemporary);
      expect((await sdk['DescribeImages']!.call(sdk, {}))['TotalCount'], mode[0]).toBeGreaterThan(0);
      const wrong = client('cvm', mode, { ...KEYS.callerTemporary, token: 'not-the-token' });
      await expect(wrong['DescribeImages']!.call(wrong, {}), mode[0]).rejects.toMatchObject({ code: 'AuthFailure.TokenFailure' });
    }
  });
});
