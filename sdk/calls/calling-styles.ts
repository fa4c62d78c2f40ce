// Every way of calling the SDK that the gate drives: signature method × HTTP method (which decides the request
// form on the wire), with or without temporary credentials, and the China or intl site host.

import type { RequestForm, SignMethod } from '../../core/types.ts';

/** One calling style. */
export interface CallingStyle {
  readonly id: string;
  readonly signMethod: SignMethod;
  readonly reqMethod: 'POST' | 'GET';
  /** The request form this style must produce on the wire. */
  readonly form: RequestForm;
  /** Temporary credentials: the token must travel (X-TC-Token or the Token parameter). */
  readonly token: boolean;
  /** Which of the product's documented hosts the client is pointed at. */
  readonly site: 'china' | 'intl';
}

function style(id: string, signMethod: SignMethod, reqMethod: 'POST' | 'GET', extra: Partial<Pick<CallingStyle, 'token' | 'site'>> = {}): CallingStyle {
  const form: RequestForm = reqMethod === 'GET' ? 'get-query' : signMethod === 'TC3-HMAC-SHA256' ? 'post-json' : 'post-form';
  return { id, signMethod, reqMethod, form, token: extra.token ?? false, site: extra.site ?? 'china' };
}

/** The styles, in report order. TC3 POST JSON is the SDK's default; v1 GET is the legacy path with its own flattening. */
export const callingStyles: readonly CallingStyle[] = [
  style('tc3-post-json', 'TC3-HMAC-SHA256', 'POST'),
  style('tc3-get-query', 'TC3-HMAC-SHA256', 'GET'),
  style('v1-hmacsha1-get', 'HmacSHA1', 'GET'),
  style('v1-hmacsha256-get', 'HmacSHA256', 'GET'),
  style('v1-hmacsha256-post-form', 'HmacSHA256', 'POST'),
  style('tc3-post-json-token', 'TC3-HMAC-SHA256', 'POST', { token: true }),
  style('v1-hmacsha256-get-token', 'HmacSHA256', 'GET', { token: true }),
  style('tc3-post-json-intl', 'TC3-HMAC-SHA256', 'POST', { site: 'intl' }),
  style('v1-hmacsha1-get-intl', 'HmacSHA1', 'GET', { site: 'intl' }),
];

/** The style with this id; unknown ids are a programming error. */
export function callingStyle(id: string): CallingStyle {
  const found = callingStyles.find((s) => s.id === id);
  if (found === undefined) throw new Error(`unknown calling style: ${id}`);
  return found;
}

/** The host a style uses for an operation, or undefined when the product has no host on that site (cvm intl). */
export function hostFor(style: CallingStyle, hosts: readonly { readonly host: string; readonly site: 'china' | 'intl' }[]): string | undefined {
  return hosts.find((h) => h.site === style.site)?.host;
}
