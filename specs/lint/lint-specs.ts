// The spec lint as one function: OpenAPI validity, the specs' own rules, and the doc defects in examples.
import type { SpecModel } from '../../generators/spec-model.ts';
import { allRules } from './all-rules.ts';
import type { DocDefect } from './doc-defect.ts';
import type { Finding } from './finding.ts';
import { findDocDefects } from './find-doc-defects.ts';
import { validateOpenApi } from './validate-openapi.ts';

/** What the lint found: spec errors and rule violations fail it; doc defects are the vendor's and only reported. */
export interface LintResult {
  readonly specErrors: readonly Finding[];
  readonly violations: readonly Finding[];
  readonly docDefects: readonly DocDefect[];
}

/** Lints the model (pure: reads nothing but the model; async only because the OpenAPI validator is). */
export async function lintSpecs(model: SpecModel): Promise<LintResult> {
  return {
    specErrors: await validateOpenApi(model),
    violations: lintRules(model),
    docDefects: findDocDefects(model),
  };
}

/** The specs' own rules only (synchronous; the generator runs them before generating). */
export function lintRules(model: SpecModel): readonly Finding[] {
  return allRules.flatMap((rule) => rule.check(model));
}
