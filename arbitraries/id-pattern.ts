// Reads the simple ID patterns the specs use (`^lhbp-[0-9a-z]{8}$`, `^[0-9]{1,20}$`) into their parts.

/** An ID pattern as a literal prefix, a character class and a length range of the part after the prefix. */
export interface IdPattern {
  readonly prefix: string;
  readonly charClass: string;
  readonly min: number;
  readonly max: number;
}

const SHAPE = /^\^([A-Za-z0-9_-]*)(\[[^\]\\]+\])(?:\{(\d+)(?:,(\d*))?\}|(\+)|(\*))\$$/;

/** The parts of a `^prefix[class]{m,n}$` pattern, or undefined for any other pattern. */
export function idPattern(pattern: string): IdPattern | undefined {
  const match = SHAPE.exec(pattern);
  if (match === null) return undefined;
  const [, prefix = '', charClass = '', min, max, plus, star] = match;
  if (plus !== undefined) return { prefix, charClass, min: 1, max: Infinity };
  if (star !== undefined) return { prefix, charClass, min: 0, max: Infinity };
  const low = Number(min);
  const high = max === undefined ? low : max === '' ? Infinity : Number(max);
  return { prefix, charClass, min: low, max: high };
}
