// Generates every file of generated/ in memory from the model (pure; deterministic for the same specs).
import type { Result } from '../core/types.ts';
import { findDocDefects } from '../specs/lint/find-doc-defects.ts';
import { lintRules } from '../specs/lint/lint-specs.ts';
import { operationRows } from './operation-rows.ts';
import { renderArbitraries } from './render-arbitraries.ts';
import { renderDocDefects } from './render-doc-defects.ts';
import { renderOperations } from './render-operations.ts';
import { renderTypes } from './render-types.ts';
import { renderValidators } from './render-validators.ts';
import { renderSiteContracts } from './render-site-contracts.ts';
import { siteContract } from './site-contracts.ts';
import type { SpecModel } from '../specs/model/spec-model.ts';
import { specTables } from './spec-tables.ts';

/** File contents by path relative to generated/, paths sorted; refuses (error values) when the spec rules fail. */
export function generateAll(model: SpecModel): Result<ReadonlyMap<string, string>, readonly string[]> {
  const violations = lintRules(model);
  if (violations.length > 0) {
    return { ok: false, error: violations.map((f) => `[${f.rule}] ${f.file} ${f.pointer}: ${f.message}`) };
  }
  const types = renderTypes(model);
  const arbitraries = renderArbitraries(model);
  if (!types.ok || !arbitraries.ok) {
    return { ok: false, error: [...(types.ok ? [] : types.error), ...(arbitraries.ok ? [] : arbitraries.error)] };
  }
  const operations = model.products.flatMap((p) => p.operations);
  const files: Record<string, string> = {
    'operations.ts': renderOperations(operationRows(model), specTables(model)),
    'types.ts': types.value,
    'doc-defects.ts': renderDocDefects(findDocDefects(model)),
    'site-contracts.ts': renderSiteContracts(Object.fromEntries(operations.map((op) => [op.key, siteContract(op)]))),
    ...renderValidators(operations),
    ...arbitraries.value,
  };
  const sorted = Object.keys(files).sort();
  return { ok: true, value: new Map(sorted.map((path) => [path, files[path] ?? ''])) };
}
