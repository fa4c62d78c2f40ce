// The shape of a spec lint rule: a pure function from the model to findings.
import type { SpecModel } from '../model/spec-model.ts';
import type { Finding } from './finding.ts';

/** A named rule; `check` never throws and never reads anything but the model. */
export interface LintRule {
  readonly id: string;
  readonly says: string;
  readonly check: (model: SpecModel) => readonly Finding[];
}
