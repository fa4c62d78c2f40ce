// The SDK gate's checks are pure: recorded requests and outcomes in, findings out.
import { describe, expect, it } from 'vitest';
import { buildRequest } from '../../core/build-request.ts';
import type { WireRequest } from '../../core/types.ts';
import { operationByKey } from '../../generated/operations.ts';
import type { SdkOutcome } from '../calls/call-sdk.ts';
import { callingStyle } from '../calls/calling-styles.ts';
import { scriptedAnswers } from '../server/scripted-answers.ts';
import { errorMapping } from './error-mapping.ts';
import { robustness } from './robustness.ts';
import { valueConformance } from './value-conformance.ts';
import { wireConformance } from './wire-conformance.ts';
import { flatParamProblems } from './wire-params.ts';

const share = operationByKey('lighthouse.ShareBlueprintAcrossAccounts');
const credentials = { secretId: 'AKIDgateCheckTest000000000000000001', secretKey: 'gateCheckSecretKey000000000000001' };
const params = { BlueprintId: 'lhbp-gmain000', AccountIds: ['200000001001', '200000001002'] };
const HOST = 'lighthouse.tencentcloudapi.com';
const now = Math.floor(Date.now() / 1000);

function wire(styleId: string, p: Record<string, unknown> = params, version = share.version): WireRequest {
  const style = callingStyle(styleId);
  const built = buildRequest({ service: 'lighthouse', host: HOST, action: share.action, version, region: 'ap-guangzhou', params: p },
    { form: style.form, signMethod: style.signMethod, credentials, timestamp: now });
  if (!built.ok) throw new Error(built.error.message);
  return built.value;
}
const judge = (styleId: string, captured: WireRequest[]) =>
  wireConformance({ operation: share, style: callingStyle(styleId), host: HOST, region: 'ap-guangzhou', params, credentials, valid: true, captured, now });
const titles = (f: readonly { title: string }[]) => f.map((x) => x.title);

describe('wireConformance', () => {
  it('accepts a faithful request in every form', () => {
    for (const style of ['tc3-post-json', 'tc3-get-query', 'v1-hmacsha1-get', 'v1-hmacsha256-post-form']) expect(judge(style, [wire(style)]), style).toEqual([]);
  });
  it('names a wrong version, a dropped parameter, another host and a signature over the wrong host', () => {
    expect(titles(judge('tc3-post-json', [wire('tc3-post-json', params, '2020-03-23')]))).toEqual(['Wrong version']);
    expect(titles(judge('v1-hmacsha1-get', [wire('v1-hmacsha1-get', { BlueprintId: params.BlueprintId })]))).toEqual(['Parameter AccountIds.0 dropped', 'Parameter AccountIds.1 dropped']);
    const moved = { ...wire('tc3-post-json'), headers: { ...wire('tc3-post-json').headers, host: 'lighthouse.intl.tencentcloudapi.com' } };
    expect(titles(judge('tc3-post-json', [moved]))).toEqual(['Wrong host']);
    const signedElsewhere = wireConformance({ operation: share, style: callingStyle('tc3-post-json'), host: 'lighthouse.intl.tencentcloudapi.com', region: 'ap-guangzhou', params, credentials, valid: true, captured: [moved], now });
    expect(titles(signedElsewhere)).toEqual(['Signature does not verify']);
  });
  it('names nothing sent, and more than one request', () => {
    expect(titles(judge('tc3-post-json', []))).toEqual(['No request sent']);
    expect(titles(judge('tc3-post-json', [wire('tc3-post-json'), wire('tc3-post-json')]))).toEqual(['Several requests for one call']);
  });
});

describe('flatParamProblems', () => {
  const get = (query: string): WireRequest => ({ method: 'GET', path: `/?${query}`, headers: {}, body: '' });
  it('names an array sent under its bare name or with brackets, once', () => {
    expect(titles(flatParamProblems(get('BlueprintId=lhbp-gmain000&AccountIds=1&AccountIds=2'), 'get-query', true, params))).toEqual(['Array AccountIds not flattened']);
    expect(titles(flatParamProblems(get('BlueprintId=lhbp-gmain000&AccountIds%5B%5D=1&AccountIds%5B%5D=2'), 'get-query', true, params))).toEqual(['Array AccountIds not flattened']);
  });
  it('names nested arrays of objects by their flat names', () => {
    const asked = { Filters: [{ Name: 'blueprint-type', Values: ['PRIVATE', 'SHARED'] }], Offset: 0 };
    expect(flatParamProblems(get('Filters.0.Name=blueprint-type&Filters.0.Values.0=PRIVATE&Filters.0.Values.1=SHARED&Offset=0'), 'get-query', true, asked)).toEqual([]);
    expect(titles(flatParamProblems(get('Filters.0.Name=blueprint-type&Filters.0.Values=PRIVATE&Filters.0.Values=SHARED'), 'get-query', true, asked))).toEqual(['Array Filters.0.Values not flattened', 'Parameter Offset dropped']);
  });
});

const RID = '0f6d2f7e-93a5-4b4c-9d2a-2c9a8e3b1a11';
const rejected = (error: Record<string, unknown>, ms = 5): SdkOutcome => ({ kind: 'rejected', ms, error: { className: 'TencentCloudSDKHttpException', isHttpException: true, message: 'm', ...error } });

describe('errorMapping', () => {
  const answered = { code: 'UnsupportedOperation.BlueprintOccupied', message: 'm', requestId: RID, traceId: 't' };
  it('passes a faithful exception', () => {
    expect(errorMapping(share.key, rejected({ code: answered.code, requestId: RID, traceId: 't' }), answered)).toEqual([]);
  });
  it('names an unmapped code, a lost requestId, a foreign error class and a resolved error', () => {
    expect(titles(errorMapping(share.key, rejected({ requestId: RID, traceId: 't' }), answered))).toEqual(['Error code not mapped']);
    expect(titles(errorMapping(share.key, rejected({ code: answered.code, requestId: '', traceId: 't' }), answered))).toEqual(['RequestId not mapped']);
    expect(titles(errorMapping(share.key, rejected({ className: 'TypeError', isHttpException: false, code: answered.code, requestId: RID, traceId: 't' }), answered))).toEqual(['Not a TencentCloudSDKHttpException']);
    expect(titles(errorMapping(share.key, { kind: 'resolved', value: {}, ms: 1 }, answered))).toEqual(['Error answer resolved as a value']);
  });
});

describe('valueConformance and robustness', () => {
  it('compares the resolved value with the Response object', () => {
    const response = { BlueprintId: null, RequestId: RID };
    expect(valueConformance(share.key, { kind: 'resolved', value: { BlueprintId: null, RequestId: RID }, ms: 1 }, response)).toEqual([]);
    expect(valueConformance(share.key, { kind: 'resolved', value: { BlueprintId: '', RequestId: RID }, ms: 1 }, response)[0]?.detail).toMatch(/at BlueprintId/);
    expect(titles(valueConformance(share.key, rejected({ code: 'X' }), response))).toEqual(['Success answer rejected']);
  });
  it('wants a malformed answer to end in time with a message', () => {
    const [html] = scriptedAnswers(500);
    if (html === undefined) throw new Error('no answers');
    expect(robustness(share.key, html, rejected({ className: 'TencentCloudSDKHttpException', message: 'Bad Gateway' }, 20), 500)).toEqual([]);
    expect(titles(robustness(share.key, html, { kind: 'hung', ms: 2500 }, 500))).toEqual(['Hangs on http-502-html']);
    expect(titles(robustness(share.key, html, rejected({ message: 'late' }, 4000), 500))).toEqual(['Slow to fail on http-502-html']);
    expect(titles(robustness(share.key, html, { kind: 'resolved', value: {}, ms: 3 }, 500))).toEqual(['Resolves on http-502-html']);
  });
});
