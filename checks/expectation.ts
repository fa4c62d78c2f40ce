// What the docs say a request should get: the oracle a case computes before it sends anything.

/** success: the docs require acceptance; error: one of `codes` (a rule's documented codes); any: only the envelope and documented-code checks apply. */
export type Expectation =
  | { readonly kind: 'success' }
  | { readonly kind: 'error'; readonly codes: readonly string[]; readonly rule?: string; readonly why: string }
  | { readonly kind: 'any' };
