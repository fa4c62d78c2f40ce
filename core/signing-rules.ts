// The signing rules a verifier enforces one by one (the spec's auth.* protocol rules without the prefix). A server
// may be told to leave some unenforced: that models a target that ignores them, for the suite's self-tests.

/** Every rule verifyTc3 / verifyV1 enforce on their own, each answerable by a case of suites/auth. */
export const SIGNING_RULES = [
  'tc3.algorithm',
  'tc3.scope-terminator',
  'tc3.scope-date',
  'tc3.scope-service',
  'tc3.signed-headers',
  'tc3.signed-header-changed',
  'tc3.method',
  'tc3.path',
  'tc3.query',
  'tc3.payload',
  'v1.method',
  'v1.host',
  'v1.path',
  'v1.sorted',
  'v1.params',
  'v1.signature-method',
  'v1.nonce',
  'v1.timestamp',
  'timestamp.future',
] as const;

/** One signing rule. */
export type SigningRule = (typeof SIGNING_RULES)[number];
