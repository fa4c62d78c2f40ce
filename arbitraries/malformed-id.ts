// IDs that break their documented form: wrong prefix, upper case, bad length, empty, illegal characters.
import fc from 'fast-check';
import { idPattern, type IdPattern } from './id-pattern.ts';
import { matching } from './matching.ts';

// Prefixes of other Tencent Cloud resources, used to build IDs of the wrong kind.
const PREFIXES = ['ins-', 'img-', 'lhbp-', 'lhins-', 'snap-', 'disk-', 'lhsc-', ''];
// Characters no ID pattern of the specs allows; no whitespace (a transport might trim it).
const ILLEGAL = ['!', '#', '*', '_', '~', '.', 'é', '中'];

/**
 * Strings that do not match `pattern`. For a `^prefix[class]{m,n}$` pattern every mutation is built to break
 * it; anything else falls back to generic mutations of a valid ID. Every value is re-checked against the
 * pattern, so no generated value is accidentally valid.
 */
export function malformedId(pattern: string): fc.Arbitrary<string> {
  const re = new RegExp(pattern, 'u');
  const parts = idPattern(pattern);
  const arb = parts === undefined ? genericMutations(re) : fc.oneof(...structuredMutations(parts));
  return arb.filter((value) => !re.test(value));
}

function body(parts: IdPattern, min: number, max: number): fc.Arbitrary<string> {
  const char = matching(`^${parts.charClass}$`);
  return fc.array(char, { minLength: min, maxLength: max }).map((chars) => chars.join(''));
}

function structuredMutations(parts: IdPattern): fc.Arbitrary<string>[] {
  const { prefix, min, max } = parts;
  const validBody = body(parts, min, Number.isFinite(max) ? max : min + 8);
  const out: fc.Arbitrary<string>[] = [
    fc.constant(''),
    fc
      .tuple(validBody, fc.nat(), fc.constantFrom(...ILLEGAL))
      .filter(([b]) => b.length > 0)
      .map(([b, i, c]) => prefix + b.slice(0, i % b.length) + c + b.slice((i % b.length) + 1)),
  ];
  if (prefix !== '') {
    const others = PREFIXES.filter((p) => p !== prefix);
    out.push(fc.tuple(fc.constantFrom(...others), validBody).map(([p, b]) => p + b));
  }
  if (/[a-z]/.test(prefix) || /a-z/.test(parts.charClass)) {
    out.push(validBody.map((b) => (prefix + b).toUpperCase()));
  }
  if (min > 0) out.push(body(parts, 0, min - 1).map((b) => prefix + b));
  if (Number.isFinite(max)) out.push(body(parts, max + 1, max + 4).map((b) => prefix + b));
  return out;
}

function genericMutations(re: RegExp): fc.Arbitrary<string> {
  const valid = matching(re.source);
  return fc.oneof(
    fc.constant(''),
    valid.map((v) => v.toUpperCase()),
    fc.tuple(valid, fc.constantFrom(...ILLEGAL)).map(([v, c]) => v + c),
    fc.tuple(valid, fc.constantFrom(...ILLEGAL)).map(([v, c]) => c + v),
  );
}
