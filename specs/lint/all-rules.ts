// The catalogue of the specs' own rules, in the order the lint reports them.
import type { LintRule } from './lint-rule.ts';
import { actionMatchesHeader } from './rules/action-matches-header.ts';
import { codesDocumented } from './rules/codes-documented.ts';
import { docProvenance } from './rules/doc-provenance.ts';
import { flowTextIntact } from './rules/flow-text-intact.ts';
import { operationFactsPresent } from './rules/operation-facts-present.ts';
import { siteMarks } from './rules/site-marks.ts';

/** Every rule `lintSpecs` runs. */
export const allRules: readonly LintRule[] = [actionMatchesHeader, operationFactsPresent, docProvenance, codesDocumented, flowTextIntact, siteMarks];
