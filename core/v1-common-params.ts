// Names a v1 request (GET query or POST form) uses for the common parameters rather than action parameters.

// `RequestClient` is not in the documented list, but the official SDKs add it to every v1 request and sign it.
/** The v1 common parameters of the API 3.0 request structure page, plus `RequestClient`. */
export const V1_COMMON_PARAMS: ReadonlySet<string> = new Set([
  'Action',
  'Version',
  'Region',
  'Timestamp',
  'Nonce',
  'SecretId',
  'Signature',
  'SignatureMethod',
  'Token',
  'Language',
  'RequestClient',
]);
