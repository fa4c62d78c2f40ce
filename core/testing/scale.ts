// Test sizing: the short variant runs under `npm test` (CI, each file well under a minute); TCCONFORM_LONG=1
// switches the reliability tests to their long variant (`npm run test:long`).

/** True when the long variants are asked for (TCCONFORM_LONG=1). */
export function isLongRun(env: NodeJS.ProcessEnv = process.env): boolean {
  return env['TCCONFORM_LONG'] === '1' || env['TCCONFORM_LONG'] === 'true';
}

/** `short` under `npm test`, `long` under TCCONFORM_LONG=1; a positive integer in `override` (an env value) wins. */
export function scaled(short: number, long: number, override?: string): number {
  if (override !== undefined && /^[1-9]\d{0,8}$/.test(override)) return Number(override);
  return isLongRun() ? long : short;
}
