// Flag parsing for every command: node:util parseArgs, strict, with errors as one-line values.

import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Result } from './types.ts';

/** The options table parseArgs takes. */
export type FlagSpec = NonNullable<ParseArgsConfig['options']>;

/** Parsed flags and positionals, or a one-line message naming the bad flag. */
export function parseFlags(command: string, argv: readonly string[], spec: FlagSpec): Result<{ values: Record<string, string | boolean | string[] | undefined>; positionals: string[] }, string> {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options: spec, strict: true, allowPositionals: true });
    return { ok: true, value: { values: values as Record<string, string | boolean | string[] | undefined>, positionals } };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, error: `tcconform ${command}: ${message.split('\n')[0]} (see tcconform ${command} --help)` };
  }
}
