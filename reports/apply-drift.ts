// Attaches drift to a model: the diff against the baseline and where the baseline came from. Pure.

import type { ResultsModel } from './results-model.ts';
import { defaultDiffOptions, diffResults, type DiffOptions } from './diff-results.ts';

/** An earlier results model and the file it was read from. */
export interface Baseline {
  readonly model: ResultsModel;
  readonly source: string;
}

/** How drift is computed and judged. */
export interface DriftSettings extends DiffOptions {
  /** `--fail-on drift`: gating drift makes the run exit 1. */
  readonly failOnDrift: boolean;
}

/** Defaults: report drift, do not fail on it. */
export const defaultDriftSettings: DriftSettings = { ...defaultDiffOptions, failOnDrift: false };

/** `current` with `drift` and `baseline` set (unchanged when there is no baseline). */
export function applyDrift(current: ResultsModel, baseline: Baseline | undefined, settings: DriftSettings = defaultDriftSettings): ResultsModel {
  if (baseline === undefined) return current;
  const { drift: _oldDrift, baseline: _oldBaseline, ...rest } = current;
  return {
    ...rest,
    drift: diffResults(baseline.model, current, settings),
    baseline: { source: baseline.source, startedAt: baseline.model.runs.map((r) => r.startedAt), latency: baseline.model.latency, failOnDrift: settings.failOnDrift },
  };
}
