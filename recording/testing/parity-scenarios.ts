// What parity must show for a recording made against a mock with one deviation injected: per deviation kind, the
// recorded cases that meet it, the action it is injected on, and the differences it may make (recording/parity.test.ts).

import type { Params } from '../../core/types.ts';
import type { DeviationName } from '../../mock/index.ts';
import { SIGNING_RULES, type SigningRule } from '../../core/signing-rules.ts';
import type { DifferenceKind } from '../parity/compare-answers.ts';

/** A deviation's scenario: the cases replayed, the action it is injected on, the kinds of difference it may make and
 * the operations they may be on; `sends` edits the recorded requests of an operation first (a run with another
 * seed would have sent them). */
export interface Scenario {
  readonly action?: string;
  readonly cases: RegExp;
  readonly kinds: readonly DifferenceKind[];
  readonly ops: RegExp;
  readonly sends?: { readonly operation: string; readonly params: Params };
}

const shareOps = /^(cvm\.(ModifyImageSharePermission|DescribeImageSharePermission)|lighthouse\.(ShareBlueprintAcrossAccounts|DescribeBlueprintsShareAcrossAccountInfos|DescribeBlueprints))$/;
const lighthouseShare = /^lighthouse\.(ShareBlueprintAcrossAccounts|CancelShareBlueprintAcrossAccounts|DescribeBlueprintsShareAcrossAccountInfos|DescribeBlueprints)$/;
const cvmShare = /^cvm\.(ModifyImageSharePermission|DescribeImageSharePermission)$/;

/** Deviations of the answers and of the share rules, each met by the cases of the default run. */
export const answerScenarios: Partial<Record<DeviationName, Scenario>> = {
  'undocumented-error-code': { action: 'ShareBlueprintAcrossAccounts', cases: /^lighthouse\.ShareBlueprintAcrossAccounts\.(negative|rule)/, kinds: ['error code'], ops: /ShareBlueprintAcrossAccounts$/ },
  'missing-request-id': { action: 'DescribeImageSharePermission', cases: /^cvm\.DescribeImageSharePermission\./, kinds: ['response shape'], ops: /DescribeImageSharePermission$/ },
  'success-instead-of-error': { action: 'cvm.ModifyImageSharePermission', cases: /^cvm\.ModifyImageSharePermission\.rule/, kinds: ['outcome'], ops: /^cvm\.ModifyImageSharePermission$/ },
  'error-instead-of-success': { action: 'DescribeImages', cases: /^cvm\.DescribeImages\./, kinds: ['outcome'], ops: /DescribeImages$/ },
  'wrong-field-type': { action: 'DescribeBlueprints', cases: /^lighthouse\.DescribeBlueprints\./, kinds: ['response shape'], ops: /DescribeBlueprints$/ },
  'limit-not-enforced': { action: 'ShareBlueprintAcrossAccounts', cases: /^lighthouse\.ShareBlueprintAcrossAccounts\.limit/, kinds: ['outcome', 'state read back'], ops: /ShareBlueprintAcrossAccounts|DescribeBlueprints/ },
  'share-not-applied': { action: 'ShareBlueprintAcrossAccounts', cases: /^lighthouse\.ShareBlueprintAcrossAccounts\.(state|positive)/, kinds: ['state read back', 'outcome', 'error code'], ops: /^lighthouse\.(ShareBlueprintAcrossAccounts|CancelShareBlueprintAcrossAccounts|DescribeBlueprintsShareAcrossAccountInfos)$/ },
  'cancel-not-applied': { action: 'cvm.ModifyImageSharePermission', cases: /^cvm\.ModifyImageSharePermission\.(?!rate)/, kinds: ['state read back', 'outcome', 'error code'], ops: cvmShare },
  'rate-limit-not-enforced': { action: 'cvm.ModifyImageSharePermission', cases: /^cvm\.ModifyImageSharePermission\.rate/, kinds: ['error code'], ops: /^cvm\.ModifyImageSharePermission$/ },
  'repeated-request-id': { action: 'DescribeImages', cases: /^cvm\.DescribeImages\./, kinds: ['field value'], ops: /DescribeImages$/ },
  'rate-limit-by-delay': { action: 'cvm.ModifyImageSharePermission', cases: /^cvm\.ModifyImageSharePermission\.rate/, kinds: ['error code'], ops: /^cvm\.ModifyImageSharePermission$/ },
  // Live safety and blind spots: caps, counts and lookups, the gates of the share rules, effects beyond the request.
  'cap-only-when-full': { action: 'cvm.ModifyImageSharePermission', cases: /^cvm\.ModifyImageSharePermission\.limit\.cap-in-one-request$/, kinds: ['outcome', 'state read back'], ops: cvmShare },
  'cap-off-by-one': { action: 'cvm.ModifyImageSharePermission', cases: /^cvm\.ModifyImageSharePermission\.limit\.cap-reached-in-one-request$/, kinds: ['outcome', 'error code', 'state read back'], ops: cvmShare },
  'total-count-off-by-one': { action: 'DescribeImages', cases: /^cvm\.DescribeImages\.positive/, kinds: ['state read back'], ops: /^cvm\.DescribeImages$/ },
  'lookup-disagrees-with-listing': { action: 'DescribeBlueprints', cases: /^lighthouse\.DescribeBlueprints\.positive\.by-id$/, kinds: ['state read back'], ops: /^lighthouse\.DescribeBlueprints$/ },
  // The default run's not-in-enum values ('' and 'CANCE' with its seed) are in no other case of a documented one:
  // the request is the one a run whose generator drew 'share' sends.
  'enum-case-ignored': { action: 'lighthouse.ModifyImageSharePermission', cases: /^lighthouse\.ModifyImageSharePermission\.negative\.Permission\.not-in-enum$/, kinds: ['outcome', 'state read back'], ops: /^lighthouse\.(ModifyImageSharePermission|DescribeBlueprints)$/,
    sends: { operation: 'lighthouse.ModifyImageSharePermission', params: { Permission: 'share' } } },
  'self-share-accepted': { cases: /\.rule\.(cvm|share)\.not-self$/, kinds: ['outcome', 'state read back'], ops: shareOps },
  'non-root-recipient-accepted': { cases: /\.rule\.(cvm|share)\.recipient-root$/, kinds: ['outcome', 'state read back'], ops: shareOps },
  'already-shared-accepted': { cases: /\.rule\.(cvm|share)\.not-already-shared$/, kinds: ['outcome', 'state read back'], ops: shareOps },
  'quota-and-occupancy-ignored': { action: 'ShareBlueprintAcrossAccounts', cases: /^lighthouse\.ShareBlueprintAcrossAccounts\.rule\.share\.(quota|not-occupied)$/, kinds: ['outcome', 'state read back'], ops: lighthouseShare },
  'over-limit-shares-first-ten': { action: 'ShareBlueprintAcrossAccounts', cases: /^lighthouse\.ShareBlueprintAcrossAccounts\.limit\.over-max$/, kinds: ['state read back'], ops: lighthouseShare },
  'effect-on-unnamed-account': { action: 'ShareBlueprintAcrossAccounts', cases: /^lighthouse\.ShareBlueprintAcrossAccounts\.positive\.one-account$/, kinds: ['state read back'], ops: lighthouseShare },
  'effect-on-other-resource': { action: 'ShareBlueprintAcrossAccounts', cases: /^lighthouse\.ShareBlueprintAcrossAccounts\.positive\.one-account$/, kinds: ['state read back'], ops: shareOps },
  'refused-but-applied': { action: 'ShareBlueprintAcrossAccounts', cases: /^lighthouse\.ShareBlueprintAcrossAccounts\.rule\.share\.recipient-root$/, kinds: ['state read back'], ops: lighthouseShare },
};

/** A signing deviation's scenario over the auth cases of all eight actions: the auth cases whose answers may change
 * (`<product>.<action>.auth.<case>`), and how many calls do: one per action, or one per two actions where the case's
 * other form changes the request after signing (a verifier that skips the rule still finds the signature wrong);
 * or, where that count depends on how the mock orders its checks, the cases that must differ on every action. */
export interface SigningScenario {
  readonly cases: readonly string[];
  readonly calls?: number;
  readonly onEveryAction?: readonly string[];
}

/** Signing rules whose case sends its variant on four actions and an edit after signing on the other four. */
const HALF: readonly SigningRule[] = ['tc3.signed-header-changed', 'tc3.query', 'tc3.payload', 'v1.params'];

/** The scenario of each signing deviation. */
export const signingScenarios: Partial<Record<DeviationName, SigningScenario>> = {
  ...Object.fromEntries(SIGNING_RULES.filter((r) => r !== 'timestamp.future').map((r) => [`${r}-not-enforced`, { cases: [r], calls: HALF.includes(r) ? 4 : 8 }])),
  // Ten minutes ahead, the half of each timestamp-window case that is in the future: four actions each.
  'timestamp.future-not-enforced': { cases: ['tc3.timestamp-window', 'v1.timestamp-window'], calls: 8 },
  'timestamp-not-checked': { cases: ['tc3.timestamp-window', 'v1.timestamp-window'], calls: 16 },
  'token-not-checked': { cases: ['tc3.token', 'v1.token'], calls: 16 },
  // No signature verified: the cases a verifier refuses while checking the signature (its scope, signed headers, string
  // to sign, v1 Nonce and Timestamp) are accepted; not those refused before it (the algorithm or scope terminator of
  // the Authorization header, the timestamp window, an unknown key, a token).
  'signature-not-checked': { cases: ['tc3.bad-signature', 'tc3.scope-date', 'tc3.scope-service', 'tc3.signed-headers', 'tc3.signed-header-changed', 'tc3.method',
    'tc3.path', 'tc3.query', 'tc3.payload', 'v1.bad-signature', 'v1.method', 'v1.host', 'v1.path', 'v1.sorted', 'v1.params', 'v1.signature-method', 'v1.nonce',
    'v1.timestamp'], onEveryAction: ['tc3.bad-signature', 'v1.bad-signature'] },
};
