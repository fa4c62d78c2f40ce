// Documented statements no check judges from outside, each with the reason. Together with the checks (and the
// rules the suites cite) this is the whole catalogue: checks/not-judged.test.ts fails when a spec rule is neither
// judged by a case nor listed here, and docs/detection.md prints the list.

/** One documented statement and why the suite cannot (or does not) judge it. */
export interface NotJudged {
  /** The spec rule id, or what the statement is about when it has none. */
  readonly about: string;
  readonly statement: string;
  readonly why: string;
}

/** The statements, rule ids first. */
export const notJudged: readonly NotJudged[] = [
  { about: 'cvm.cancel-not-shared', statement: 'Cancelling a CVM share that does not exist.',
    why: 'The docs do not say what it answers; any documented code (or success) is accepted and the observed outcome is kept for drift.' },
  { about: 'lmodify.cancel-not-shared', statement: 'Withdrawing a CVM image that is not shared into Lighthouse.',
    why: 'The docs do not say what it answers; any documented code is accepted and the observed one is kept for drift.' },
  { about: 'protocol.size-limit (TC3 POST, 10 MB)', statement: 'TC3 POST bodies are limited to 10 MB.',
    why: 'One such request costs a run about three seconds (signing, sending and redacting ten megabytes); the GET (32 KB) and v1 POST (1 MB) limits of the same rule are judged.' },
  { about: 'observer rate limits', statement: 'The observers\' per-second limits.',
    why: 'No source states them (x-tc-rate-limit assumed: true); they are used for pacing only.' },
  { about: 'RequestLimitExceeded.IPLimitExceeded, .UinLimitExceeded, .GlobalRegionUinLimitExceeded', statement: 'Per-IP, per-account and per-region rate limits.',
    why: 'Documented as codes without numbers; they are accepted as throttling wherever a rate limit is judged, never provoked.' },
  { about: 'CVM regions', statement: 'Which regions CVM serves.',
    why: 'The CVM page defers to a region list that is not among the sources; unsupported-region handling is probed with names no product uses.' },
  { about: 'internal-failure codes', statement: 'FailedOperation.QImageShareFailed, FailedOperation.RImageShareFailed, FailedOperation.ShareBlueprintAcrossAccountFailed, FailedOperation.ImageOperationFailed, FailedOperation.RequestError, InternalError.RequestError and the token codes.',
    why: 'Nothing a client sends makes a conforming target fail internally; when one appears it is judged as a documented code (error_code_conformance), and InternalError errors the case.' },
  { about: 'cvm.max-500 at exactly 500 (one request)', statement: 'An image can be shared with exactly 500 accounts.',
    why: 'Judged only when the fixtures list enough recipients to reach 500 (the mock\'s do; few live accounts have 500 recipients to spare): otherwise the case is skipped with that reason. The accepted share is undone by one cancel naming every account, then one read-back, so a paced run pays a few requests.' },
  { about: 'DescribeImageSharePermission against other observers', statement: 'A share list entry agrees with the same share elsewhere.',
    why: 'No other observer carries a field of a CVM share (AccountId, CreatedTime); Lighthouse blueprints are compared with their share list instead.' },
  { about: 'Blueprint.BlueprintShared on the international site', statement: 'BlueprintShared says whether the caller\'s blueprint is shared.',
    why: 'The international site\'s definitions lack the field; it is compared with the share list only where a target answers it.' },
  { about: 'refusal_changes_nothing across share lists, under the concurrent scheduler', statement: 'A refused request changes no share of any fixture resource.',
    why: 'A live-like run locks the fixture state one share list at a time: a case whose requests are all expected to be refused reads (and locks) only its own action\'s list, so a refusal wrongly applied to another list\'s resource is not seen by that case. The embedded run, one case at a time, reads every list for every case; cases expecting an acceptance read every list everywhere.' },
];
