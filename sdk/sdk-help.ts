// `tcconform sdk --help`.

import { callingStyles } from './calls/calling-styles.ts';

/** Help text of the sdk command. */
export const sdkHelp = `Usage: tcconform sdk [--sdk SDK]... [--baseline-sdk SDK | --baseline FILE] [--fail-on findings|regression]
                     [--out DIR] [--json] [--action A[,A...]] [--style S[,S...]]

Gate a release of tencentcloud-sdk-nodejs: drive it against the embedded mock (loopback only) for the eight
image-sharing actions in every calling style, and compare its TypeScript models with the specs.

Checks
  sdk_action_presence    the release has the action (one finding per missing action; its checks are skipped)
  sdk_wire_conformance   the request on the wire: form, action, version, region, token, host, signature,
                         parameters exactly as given (arrays flattened to .N in queries and forms), spec schema
  sdk_value_conformance  the resolved value equals the answer's Response object
  sdk_error_mapping      every documented error code surfaces as TencentCloudSDKHttpException with the same
                         code, message and requestId
  sdk_robustness         non-200, HTML, truncated JSON, stalled, slow and dropped answers end within reqTimeout
  sdk_model_conformance  the SDK's request/response interfaces against generated/types.ts, both directions

Flags
  --sdk SDK              candidate SDK: an unpacked package folder, an npm .tgz, or tencentcloud-sdk-nodejs@VERSION
                         (fetched with your npm: npm pack into a temp folder); default: the installed one.
                         Repeated (or a range: 'tencentcloud-sdk-nodejs@>=4.1.0 <4.1.5', listed with npm view, at most 12):
                         every release is gated, with one report and sdk-matrix.json (release x action x check)
  --baseline-sdk SDK     the previous release (same forms as --sdk): gated too, and the candidate is compared with it:
                         what got worse and what got better per action, check and calling style
  --baseline FILE        compare with the sdk-results.json of an earlier gate run instead
  --fail-on WHAT         findings (default): any finding fails; regression: only a regression against the baseline
  --out DIR              output directory (default ./tcconform-sdk-report): sdk-results.json, junit.xml, index.html
  --json                 print the summary as JSON instead of text
  --action A[,A...]      only these actions (names or operation keys)
  --style S[,S...]       only these calling styles: ${callingStyles.map((s) => s.id).join(', ')}
  --help                 this text

Exit codes: 0 the SDK passes, 1 it fails (findings, or it does not load; with --fail-on regression: a regression;
with several --sdk: any release fails), 2 usage error, bad --sdk path or a release npm cannot fetch,
3 inconclusive (errored checks) or harness error.
`;
