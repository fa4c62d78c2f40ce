// One measured figure of the benchmark, its target and whether it meets it.

/** A target: the figure must be at least or at most `value`. */
export interface Target {
  readonly op: '>=' | '<=';
  readonly value: number;
}

/** A measured figure as results.json keeps it and the table prints it. */
export interface Figure {
  /** Stable key, e.g. `mock.rpsRatio`. */
  readonly key: string;
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  readonly target?: Target;
  /** true / false against the target; undefined when the figure has none. */
  readonly meets?: boolean;
  /** How it was obtained: the two rates of a ratio, the sample size, … */
  readonly detail: string;
}

/** Builds a figure and judges it against `target` (a NaN value never meets a target). */
export function figure(key: string, label: string, value: number, unit: string, detail: string, target?: Target): Figure {
  if (target === undefined) return { key, label, value, unit, detail };
  const meets = Number.isFinite(value) && (target.op === '>=' ? value >= target.value : value <= target.value);
  return { key, label, value, unit, detail, target, meets };
}

/** The ratio a / b; NaN when b is not positive. */
export function ratio(a: number, b: number): number {
  return b > 0 ? a / b : Number.NaN;
}
