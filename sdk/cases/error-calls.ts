// The calls that should be answered with an error, so that every documented code of every action reaches the SDK:
// first a fixtures situation per documented rule; then, for each code no single-code rule guarantees, the mock's
// error-code table row (some as another caller); a code neither provides gets a scripted envelope from our own
// server (the mapping is still checked, the report says it was scripted). Every action also gets three common
// codes: an unknown SecretId, a wrong key (bad signature) and an injected InternalError.

import type { Situation } from '../../core/fixtures.ts';
import type { Params } from '../../core/types.ts';
import type { Operation } from '../../generated/operations.ts';
import type { ErrorCall } from './sdk-case.ts';

/** A row of an error-code table: the request (and caller role) that makes `code` happen. */
export interface CodeRow {
  readonly operation: string;
  readonly code: string;
  readonly params: Params;
  readonly as?: string;
}

/** Where the error calls come from. */
export interface ErrorSource {
  readonly region: string;
  /** Situations of the region, by rule id (both products). */
  readonly situations: Readonly<Record<string, Situation>>;
  readonly table: readonly CodeRow[];
  readonly tableRegion: string;
  /** A valid request per operation, for the common codes. */
  readonly validParams: Readonly<Record<string, Params>>;
}

/** Every error call of `op`. */
export function errorCalls(op: Operation, src: ErrorSource): ErrorCall[] {
  const calls: ErrorCall[] = [];
  const guaranteed = new Set<string>();
  for (const rule of op.rules) {
    const situation = src.situations[rule.id];
    if (rule.codes.length === 0 || situation === undefined) continue;
    if (rule.codes.length === 1) guaranteed.add(rule.codes[0] ?? '');
    calls.push({ operation: op.key, title: `rule ${rule.id}`, params: situation.params, region: src.region, expectCodes: rule.codes, source: 'situation', rule: rule.id });
  }
  for (const code of Object.keys(op.errorCodes).sort()) {
    if (guaranteed.has(code)) continue;
    const rule = op.rules.find((r) => r.codes.includes(code))?.id;
    const row = src.table.find((r) => r.operation === op.key && r.code === code);
    const base = { operation: op.key, title: code, expectCodes: [code], ...(rule ? { rule } : {}) };
    if (row !== undefined) calls.push({ ...base, params: row.params, region: src.tableRegion, source: 'code-table', ...(row.as ? { role: row.as } : {}) });
    else calls.push({ ...base, params: src.validParams[op.key] ?? {}, region: src.region, source: 'scripted' });
  }
  return [...calls, ...commonCalls(op, src)];
}

function commonCalls(op: Operation, src: ErrorSource): ErrorCall[] {
  const params = src.validParams[op.key];
  if (params === undefined) return [];
  const base = { operation: op.key, params, region: src.region, source: 'common' as const };
  return [
    { ...base, title: 'unknown SecretId', expectCodes: ['AuthFailure.SecretIdNotFound'], role: 'unknown-key', rule: 'auth.unknown-secret-id' },
    { ...base, title: 'wrong SecretKey', expectCodes: ['AuthFailure.SignatureFailure'], role: 'wrong-key', rule: 'auth.bad-signature' },
    { ...base, title: 'injected InternalError', expectCodes: ['InternalError'], faults: { internalError: { next: 1 } } },
  ];
}
