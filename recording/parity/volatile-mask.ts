// What parity does not compare: the RequestId (only whether a side repeated one), times, and the identity of
// generated resources. IDs a target generated (not in the world both sides start from) become placeholders numbered
// by first appearance on each side, so the same resource keeps the same placeholder across calls and a different
// one shows as a difference.

/** Resource ID forms the image-sharing actions answer with. */
const ID = /^(lhbp|img|lhins|ins)-[a-z0-9]{8}$/;
/** ISO 8601 and `YYYY-MM-DD hh:mm:ss` times. */
const TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}/;

/** One side's placeholders: generated ID → `<generated N>`. */
export type Placeholders = Map<string, string>;

/** `value` with RequestId, times and generated IDs (not in `known`) replaced by placeholders. */
export function maskVolatile(value: unknown, known: ReadonlySet<string>, placeholders: Placeholders, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => maskVolatile(v, known, placeholders, key));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskVolatile(v, known, placeholders, k)]));
  }
  if (typeof value !== 'string') return value;
  // A RequestId is `<RequestId>` the first time a side answers it and `<repeated RequestId>` after, so a repeated one
  // still shows; one of another type stays as it is, so a wrong type does too.
  if (key === 'RequestId') {
    if (placeholders.has(`RequestId ${value}`)) return '<repeated RequestId>';
    placeholders.set(`RequestId ${value}`, '<RequestId>');
    return '<RequestId>';
  }
  if (TIME.test(value)) return '<time>';
  if (ID.test(value) && !known.has(value)) return placeholder(value, placeholders, 'generated');
  return value;
}

function placeholder(value: string, placeholders: Placeholders, kind: string): string {
  let p = placeholders.get(value);
  if (p === undefined) {
    p = `<${kind} ${[...placeholders.values()].filter((x) => x.startsWith(`<${kind} `)).length + 1}>`;
    placeholders.set(value, p);
  }
  return p;
}

/** Pairs of generated IDs at the same place of two answers (recorded → replayed), to translate later requests. */
export function pairGenerated(recorded: unknown, replayed: unknown, known: ReadonlySet<string>, pairs: Map<string, string>): void {
  if (Array.isArray(recorded) && Array.isArray(replayed)) {
    recorded.forEach((v, i) => pairGenerated(v, replayed[i], known, pairs));
  } else if (typeof recorded === 'object' && recorded !== null && typeof replayed === 'object' && replayed !== null) {
    for (const [k, v] of Object.entries(recorded)) pairGenerated(v, (replayed as Record<string, unknown>)[k], known, pairs);
  } else if (typeof recorded === 'string' && typeof replayed === 'string' && ID.test(recorded) && ID.test(replayed) && !known.has(recorded) && !pairs.has(recorded)) {
    pairs.set(recorded, replayed);
  }
}

/** `value` with every string found in `pairs` replaced by its partner. */
export function translate(value: unknown, pairs: ReadonlyMap<string, string>): unknown {
  if (pairs.size === 0) return value;
  if (Array.isArray(value)) return value.map((v) => translate(v, pairs));
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, translate(v, pairs)]));
  return typeof value === 'string' ? (pairs.get(value) ?? value) : value;
}
