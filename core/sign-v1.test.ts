import { describe, it, expect } from 'vitest';
import { signV1, v1SourceString } from './sign-v1.ts';

// The official v1 example of the API 3.0 signature page (DescribeInstances on cvm).
const params = {
  Action: 'DescribeInstances',
  'InstanceIds.0': 'ins-09dx96dg',
  Limit: '20',
  Nonce: '11886',
  Offset: '0',
  Region: 'ap-guangzhou',
  SecretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE',
  Timestamp: '1465185768',
  Version: '2017-03-12',
};
const input = { method: 'GET', host: 'cvm.tencentcloudapi.com', params, secretKey: 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE' };
const source =
  'GETcvm.tencentcloudapi.com/?Action=DescribeInstances&InstanceIds.0=ins-09dx96dg&Limit=20&Nonce=11886&Offset=0' +
  '&Region=ap-guangzhou&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE&Timestamp=1465185768&Version=2017-03-12';

describe('signV1, official vectors', () => {
  it('builds the source string with names sorted and raw values', () => {
    const shuffled = Object.fromEntries(Object.entries(params).reverse());
    expect(v1SourceString({ ...input, params: shuffled })).toBe(source);
  });

  it('signs with HmacSHA1', () => {
    expect(signV1({ ...input, signMethod: 'HmacSHA1' })).toEqual({ signature: 'EliP9YW3pW28FpsEdkXt/+WcGeI=', source });
  });

  it('signs with HmacSHA256', () => {
    expect(signV1({ ...input, signMethod: 'HmacSHA256' }).signature).toBe('bR/zQ3QqOmcEYeRv71IzG/NxfisUDgy9cqRMQC+UB5g=');
  });

  it('signs raw values, not encoded ones, and upper-cases the method', () => {
    const raw = v1SourceString({ method: 'post', host: 'h', params: { B: 'a b&c', A: 'é' } });
    expect(raw).toBe('POSTh/?A=é&B=a b&c');
  });

  it('sorts names by code unit (upper case before lower case)', () => {
    expect(v1SourceString({ method: 'GET', host: 'h', params: { a: '1', B: '2', 'A.1': '3', A: '4' } })).toBe('GETh/?A=4&A.1=3&B=2&a=1');
  });
});
