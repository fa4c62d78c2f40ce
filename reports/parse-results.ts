// Reads a results.json text back into a model, checked against reports/results-model.schema.json. Every problem
// is one precise line naming the file and the place (the report command exits 2 on it).

import Ajv2020, { type ErrorObject } from 'ajv/dist/2020.js';
import type { Result } from '../core/types.ts';
import { RESULTS_SCHEMA_VERSION, type ResultsModel } from './results-model.ts';
import schema from './results-model.schema.json' with { type: 'json' };

/** The JSON Schema of results.json, as data. */
export const resultsModelSchema: object = schema;

// Built once and reused: compiling costs more than validating a large file.
let validator: ReturnType<Ajv2020['compile']> | undefined;

/** Validates an already parsed value; the error is one line without the file name. */
export function validateResults(value: unknown): Result<ResultsModel, string> {
  validator ??= new Ajv2020({ allErrors: false, strict: true, allowUnionTypes: true }).compile(schema);
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof value === 'object' && value !== null && typeof version === 'number' && version !== RESULTS_SCHEMA_VERSION) {
    return { ok: false, error: `written with results schema version ${version}; this tcconform reads version ${RESULTS_SCHEMA_VERSION}` };
  }
  if (validator(value)) return { ok: true, value: value as ResultsModel };
  return { ok: false, error: describe(validator.errors?.[0]) };
}

/** Parses and validates the text of `file`; the error names the file. */
export function parseResults(text: string, file: string): Result<ResultsModel, string> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { ok: false, error: `${file}: not valid JSON (${why.split('\n')[0]})` };
  }
  const r = validateResults(value);
  return r.ok ? r : { ok: false, error: `${file}: not a tcconform results file: ${r.error}` };
}

function describe(e: ErrorObject | undefined): string {
  if (e === undefined) return 'does not match the results schema';
  const at = e.instancePath === '' ? 'the top level' : e.instancePath;
  const p = e.params as Record<string, unknown>;
  const extra = e.keyword === 'enum' && Array.isArray(p['allowedValues']) ? ` (${p['allowedValues'].map(String).join(', ')})`
    : e.keyword === 'const' ? ` (${JSON.stringify(p['allowedValue'])})` : '';
  return `${at} ${e.message ?? e.keyword}${extra}`;
}
