// What one hostile request is, as plain data (so fast-check can generate, print and replay it); the bytes are
// built only when it is sent (materialize.ts), so a storm of 100,000 never holds them all.

/** Operation keys the signed recipes use. */
export type FuzzOperation =
  | 'lighthouse.ShareBlueprintAcrossAccounts' | 'lighthouse.CancelShareBlueprintAcrossAccounts' | 'lighthouse.ModifyImageSharePermission'
  | 'lighthouse.DescribeBlueprintsShareAcrossAccountInfos' | 'lighthouse.DescribeBlueprints'
  | 'cvm.ModifyImageSharePermission' | 'cvm.DescribeImageSharePermission' | 'cvm.DescribeImages';

/** A request form as raw text puts it on the wire. */
export type FuzzForm = 'json' | 'get' | 'form';

/** The protocol oddities a raw socket can send and an HTTP client would not. */
export type ProtocolVariant =
  | 'connect' | 'expect-unknown' | 'expect-continue' | 'head' | 'options' | 'http10' | 'absolute-uri' | 'pipelined'
  | 'bad-chunk-size' | 'chunk-extension' | 'trailer' | 'h2-preface' | 'random-bytes' | 'lowercase-method'
  | 'space-in-uri' | 'cl-and-te' | 'negative-length' | 'huge-length' | 'no-host' | 'upgrade';

/** One hostile request. */
export type Recipe =
  | { readonly kind: 'invalid-json'; readonly op: FuzzOperation; readonly text: string; readonly signed: boolean }
  | { readonly kind: 'invalid-utf8'; readonly op: FuzzOperation; readonly where: 'body' | 'path' | 'header' | 'form'; readonly bytes: readonly number[] }
  | { readonly kind: 'content-type'; readonly op: FuzzOperation; readonly contentType: string; readonly signed: boolean }
  | { readonly kind: 'oversize'; readonly which: 'get' | 'form' | 'json' | 'header-block'; readonly over: boolean; readonly framing: 'length' | 'chunked' | 'declared-only' }
  | { readonly kind: 'duplicate-header'; readonly op: FuzzOperation; readonly name: string; readonly values: readonly string[] }
  | { readonly kind: 'many-headers'; readonly op: FuzzOperation; readonly count: number; readonly valueLength: number }
  | { readonly kind: 'header-injection'; readonly op: FuzzOperation; readonly name: string; readonly payload: string }
  | { readonly kind: 'deep-json'; readonly op: FuzzOperation; readonly param: string; readonly depth: number; readonly shape: 'array' | 'object' }
  | { readonly kind: 'wrong-type'; readonly op: FuzzOperation; readonly form: FuzzForm; readonly param: string; readonly value: unknown }
  | { readonly kind: 'huge-array'; readonly op: FuzzOperation; readonly param: string; readonly count: number; readonly item: 'account' | 'number' | 'object' | 'long-string' }
  | { readonly kind: 'deep-flat'; readonly op: FuzzOperation; readonly form: 'get' | 'form'; readonly depth: number; readonly signed: boolean }
  | { readonly kind: 'drip'; readonly inner: 'valid' | 'invalid-json'; readonly op: FuzzOperation; readonly pieces: number; readonly pauseMs: number }
  | { readonly kind: 'reset'; readonly op: FuzzOperation; readonly cut: number; readonly how: 'rst' | 'fin' }
  | { readonly kind: 'protocol'; readonly op: FuzzOperation; readonly variant: ProtocolVariant; readonly seed: number }
  | { readonly kind: 'valid'; readonly op: FuzzOperation; readonly form: FuzzForm; readonly params: Readonly<Record<string, unknown>> };

/** The kinds, for coverage accounting. */
export type RecipeKind = Recipe['kind'];
