// Which run is the one-module run of the concurrent scheduler (every suite as suites/all-suites.cases.ts). Its own
// file, with no imports, so that vitest.config.ts can read it as cli/run-command.ts sets it and the suites test it.

/** The environment variable that selects the one-module run (set by cli/run-command.ts). */
export const ONE_MODULE_ENV = 'TCCONFORM_ONE_MODULE';

/** True when `env` selects the one-module run. */
export function oneModuleSelected(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[ONE_MODULE_ENV] === '1';
}
