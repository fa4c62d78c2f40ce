// The spec lint as one function: OpenAPI validity, the specs' own rules, and the doc defects in examples.
import type { SpecModel } from '../model/spec-model.ts';
import { allRules } from './all-rules.ts';
import type { DocDefect } from '../model/doc-defect.ts';
import type { Finding } from './finding.ts';
import { findDocDefects } from './find-doc-defects.ts';
import { validateOpenApi } from './validate-openapi.ts';
import type { FactRow } from './vendor/fact-row.ts';
import { reconcile } from './vendor/reconcile.ts';
import type { VendorExtract } from './vendor/vendor-extract.ts';

/**
 * What the lint found: spec errors and rule violations fail it (a silent difference from the vendor extract is
 * a violation of rule vendor-reconciled); doc defects are the vendor's and only reported; `reconciliation` is
 * the fact-by-fact table against the extract.
 */
export interface LintResult {
  readonly specErrors: readonly Finding[];
  readonly violations: readonly Finding[];
  readonly docDefects: readonly DocDefect[];
  readonly reconciliation: readonly FactRow[];
}

/** Lints the model against itself and the vendor extracts (pure; async only because the OpenAPI validator is). */
export async function lintSpecs(model: SpecModel, extracts: readonly VendorExtract[]): Promise<LintResult> {
  const reconciled = reconcile(model, extracts);
  return {
    specErrors: await validateOpenApi(model),
    violations: [...lintRules(model), ...reconciled.findings],
    docDefects: findDocDefects(model),
    reconciliation: reconciled.rows,
  };
}

/** The specs' own rules only (synchronous; the generator runs them before generating). */
export function lintRules(model: SpecModel): readonly Finding[] {
  return allRules.flatMap((rule) => rule.check(model));
}
