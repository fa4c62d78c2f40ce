// Lone surrogates cannot be turned into UTF-8; encoders must refuse them rather than throw.

/** True when `s` has no lone UTF-16 surrogate (such strings cannot be encoded as UTF-8). */
export function isWellFormed(s: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
}
