import http from 'node:http';
import * as tc from 'tencentcloud-sdk-nodejs';
import { startMock } from './index.ts';
delete process.env.http_proxy; delete process.env.HTTP_PROXY; delete process.env.https_proxy; delete process.env.HTTPS_PROXY;
const mock = await startMock({ rateLimits: false });
const f = mock.fixtures();
const agent = new http.Agent({ keepAlive: true, lookup: (_h: string, opts: any, cb: any) => opts && opts.all ? cb(null, [{ address: '127.0.0.1', family: 4 }]) : cb(null, '127.0.0.1', 4) });
console.log(Object.keys(tc).slice(0, 5), typeof (tc as any).lighthouse, typeof (tc as any).default);
const ns: any = (tc as any).lighthouse ? tc : (tc as any).default;
for (const [signMethod, reqMethod] of [['TC3-HMAC-SHA256', 'POST'], ['HmacSHA256', 'GET'], ['HmacSHA1', 'GET']] as const) {
  const client = new ns.lighthouse.v20200324.Client({ credential: f.credentials, region: 'ap-guangzhou', profile: { signMethod, httpProfile: { reqMethod, endpoint: `lighthouse.tencentcloudapi.com:${mock.port}`, protocol: 'http://', agent } } });
  try { console.log(signMethod, await client.DescribeBlueprints({ BlueprintIds: ['lhbp-gmain000'] }).then((r: any) => r.TotalCount)); } catch (e: any) { console.log('ERR', e.code, e.message); }
  try { console.log(signMethod, await client.ShareBlueprintAcrossAccounts({ BlueprintId: 'lhbp-gmain000', AccountIds: ['200000001002', '200000001003'] })); } catch (e: any) { console.log('ERR', e.code, e.message, e.requestId); }
  const cvm = new ns.cvm.v20170312.Client({ credential: f.credentials, region: 'ap-guangzhou', profile: { signMethod, httpProfile: { reqMethod, endpoint: `cvm.tencentcloudapi.com:${mock.port}`, protocol: 'http://', agent } } });
  try { console.log(signMethod, await cvm.DescribeImageSharePermission({ ImageId: 'img-gcancel0' })); } catch (e: any) { console.log('ERR', e.code, e.message); }
}
console.log(mock.admin.journal({limit: 3}).map(e => [e.code, e.form, e.signMethod, JSON.stringify(e.request.headers).slice(0,200)]));
await mock.close();
