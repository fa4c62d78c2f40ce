// Reads a recording directory back, checked against recording/recording.schema.json and for completeness. Every
// problem is one precise line naming the file, the line and the place (the CLI exits 2 on it).

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020.js';
import type { Result } from '../core/types.ts';
import { RECORDING_FORMAT_VERSION, RECORDING_META_FILE, type RecordedCall, type RecordingMeta } from './recording-format.ts';
import schema from './recording.schema.json' with { type: 'json' };

/** A recording read back: the metadata and, per region and case id, the case's calls in order. */
export interface Recording {
  readonly dir: string;
  readonly meta: RecordingMeta;
  readonly cases: ReadonlyMap<string, ReadonlyMap<string, readonly RecordedCall[]>>;
}

let validators: { meta: (v: unknown) => boolean; call: (v: unknown) => boolean; errors: () => ErrorObject[] | null | undefined } | undefined;

function compiled(): NonNullable<typeof validators> {
  if (validators !== undefined) return validators;
  const ajv = new Ajv2020({ allErrors: false, strict: true, allowUnionTypes: true });
  ajv.addSchema(schema);
  const meta = ajv.getSchema(`${schema.$id}#/$defs/meta`);
  const call = ajv.getSchema(`${schema.$id}#/$defs/call`);
  if (meta === undefined || call === undefined) throw new Error('recording schema lacks $defs/meta or $defs/call');
  let last: ErrorObject[] | null | undefined;
  validators = { meta: (v) => { const ok = meta(v) as boolean; last = meta.errors; return ok; }, call: (v) => { const ok = call(v) as boolean; last = call.errors; return ok; }, errors: () => last };
  return validators;
}

/** Reads and checks the recording in `dir`. */
export function readRecording(dir: string): Result<Recording, string> {
  const metaFile = join(dir, RECORDING_META_FILE);
  if (!existsSync(metaFile)) return fail(`${dir} is not a recording: ${RECORDING_META_FILE} is missing`);
  const meta = parseLine(readFileSync(metaFile, 'utf8'), metaFile);
  if (!meta.ok) return meta;
  const version = (meta.value as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version !== RECORDING_FORMAT_VERSION && version !== 1) return fail(`${metaFile}: recording format version ${version}; this tcconform reads versions 1 and ${RECORDING_FORMAT_VERSION}`);
  const v = compiled();
  if (!v.meta(meta.value)) return fail(`${metaFile}: not a tcconform recording: ${describe(v.errors()?.[0])}`);
  const cases = new Map<string, Map<string, RecordedCall[]>>();
  let total = 0;
  const casesDir = join(dir, 'cases');
  for (const region of existsSync(casesDir) ? readdirSync(casesDir).sort() : []) {
    const regionDir = join(casesDir, region);
    if (!statSync(regionDir).isDirectory()) continue;
    const byCase = new Map<string, RecordedCall[]>();
    for (const name of readdirSync(regionDir).filter((f) => f.endsWith('.jsonl')).sort()) {
      const calls = readCaseFile(join(regionDir, name), version === 1);
      if (!calls.ok) return calls;
      const first = calls.value[0];
      if (first !== undefined) byCase.set(first.case, calls.value);
      total += calls.value.length;
    }
    cases.set(region, byCase);
  }
  const m = meta.value as RecordingMeta;
  if (m.calls !== undefined && m.calls !== total) return fail(`${dir} is truncated: ${RECORDING_META_FILE} counts ${m.calls} calls, the case files hold ${total}`);
  return { ok: true, value: { dir, meta: m, cases } };
}

/** One case file: every line a valid call of the same case, numbered 0, 1, 2… A version 1 call that names only
 * the parts its case `tampered` with cannot be replayed or re-judged (which rule it broke is unknown). */
function readCaseFile(file: string, version1: boolean): Result<RecordedCall[], string> {
  const text = readFileSync(file, 'utf8');
  if (text.length > 0 && !text.endsWith('\n')) return fail(`${file}: truncated (the last line has no end)`);
  const calls: RecordedCall[] = [];
  const lines = text.split('\n').slice(0, -1);
  for (const [i, line] of lines.entries()) {
    const where = `${file} line ${i + 1}`;
    const parsed = parseLine(line, where);
    if (!parsed.ok) return parsed;
    const v = compiled();
    if (!v.call(parsed.value)) return fail(`${where}: not a recorded call: ${describe(v.errors()?.[0])}`);
    const tampered = version1 ? (parsed.value as { call: { tampered?: unknown } }).call.tampered : undefined;
    if (tampered !== undefined) return fail(`${where}: a version 1 recording does not say which signing variant this call used (it names only what was tampered: ${JSON.stringify(tampered)}); record the run again with this tcconform (format version ${RECORDING_FORMAT_VERSION})`);
    const call = parsed.value as RecordedCall;
    if (call.n !== i) return fail(`${where}: call number ${call.n}, expected ${i} (calls missing or out of order)`);
    if (i > 0 && call.case !== calls[0]?.case) return fail(`${where}: case '${call.case}' in the file of case '${calls[0]?.case ?? ''}'`);
    calls.push(call);
  }
  return { ok: true, value: calls };
}

function parseLine(text: string, where: string): Result<unknown, string> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    return fail(`${where}: not valid JSON (${(err instanceof Error ? err.message : String(err)).split('\n')[0]})`);
  }
}

function describe(e: ErrorObject | undefined): string {
  if (e === undefined) return 'does not match the recording schema';
  const at = e.instancePath === '' ? 'the top level' : e.instancePath;
  const p = e.params as Record<string, unknown>;
  const extra = e.keyword === 'enum' && Array.isArray(p['allowedValues']) ? ` (${p['allowedValues'].map(String).join(', ')})`
    : e.keyword === 'const' ? ` (${JSON.stringify(p['allowedValue'])})` : '';
  return `${at} ${e.message ?? e.keyword}${extra}`;
}

function fail<T>(error: string): Result<T, string> {
  return { ok: false, error };
}
