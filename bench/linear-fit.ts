// Ordinary least squares over (x, y) points: how total run time grows with --runs.

/** y ≈ intercept + slope·x, with r² saying how linear the points are (1 = a straight line). */
export interface LinearFit {
  readonly slope: number;
  readonly intercept: number;
  readonly r2: number;
}

/** Fits a line through at least two points with distinct x. */
export function linearFit(points: readonly { readonly x: number; readonly y: number }[]): LinearFit {
  const n = points.length;
  if (n < 2) throw new RangeError(`a linear fit needs two points, got ${n}`);
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  const sxy = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const syy = points.reduce((s, p) => s + (p.y - my) ** 2, 0);
  if (sxx === 0) throw new RangeError('a linear fit needs two distinct x values');
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  const r2 = syy === 0 ? 1 : (sxy * sxy) / (sxx * syy);
  return { slope, intercept, r2 };
}
