// The bridge to the HTML report and JUnit: the gate's records are CaseResults (check names sdk_*).

import { packageVersion } from '../../core/package-root.ts';
import { specVersions } from '../../generated/operations.ts';
import type { CaseResult, ResultsModel, RunMeta } from '../../reports/results-model.ts';
import { specContext } from '../../reports/spec-context.ts';
import { toResultsModel } from '../../reports/to-results-model.ts';
import type { SdkCaseResult } from './case-result.ts';
import { diffAsDrift } from './diff-as-drift.ts';
import type { SdkResultsFile } from './sdk-results-file.ts';

/** The records as CaseResults. */
export function asCaseResults(records: readonly SdkCaseResult[]): CaseResult[] {
  return [...records];
}

/** The run metadata of an SDK gate run, as the report header shows it. */
export function sdkRunMeta(file: SdkResultsFile): RunMeta {
  return {
    target: { kind: 'sdk', endpoint: 'embedded mock (loopback)', label: file.target }, startedAt: file.startedAt, durationMs: file.durationMs,
    seed: 0, runs: 1, regions: file.region === null ? [] : [file.region],
    allowMutations: true, fixturesSource: 'embedded mock (default world)', specVersions, sdkVersion: file.sdk.version, toolVersion: packageVersion('tcconform'),
  };
}

/** A whole results model of the gate run (for index.html and junit.xml, or to merge into a conformance report); a release diff becomes its drift. */
export function sdkResultsModel(file: SdkResultsFile, failOnRegression = false): ResultsModel {
  const model = toResultsModel([sdkRunMeta(file)], asCaseResults(file.cases), specContext());
  return file.releaseDiff === undefined ? model : { ...model, ...diffAsDrift(file.releaseDiff, file.target, failOnRegression) };
}

/** One results model of several gate runs (a release matrix): one run per release, every release's records. */
export function sdkMatrixModel(files: readonly SdkResultsFile[]): ResultsModel {
  return toResultsModel(files.map(sdkRunMeta), files.flatMap((f) => asCaseResults(f.cases)), specContext());
}
