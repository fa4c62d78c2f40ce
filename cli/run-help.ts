// `tcconform run --help`.

import { driftHelp } from './drift-flags.ts';

/** Help text of the run command. */
export const runHelp = `Usage: tcconform run [flags]

Judge a target against the documented behaviour and write the report.

Target
  --target mock|live     mock (default): the embedded mock; live: the real API (needs --fixtures and
                         TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY, optional TENCENTCLOUD_SECURITY_TOKEN)
  --endpoint URL         any server claiming the API (behaves like live: paced, fixtures, credentials)
  --fixtures FILE        fixtures file (JSON or YAML): which blueprint, image and accounts to use per region
  --region R[,R...]      regions to judge (default: the first region of the fixtures)
  --allow-mutations      also run cases that change the target (fixture IDs only; ledgered and undone)
  --ledger FILE          ledger of mutations (default: .tcconform/ledger-<target>.jsonl, one per target)
  --timeout MS           per-request timeout (default 10000)
  --target recording     re-judge a recording offline (no network, no credentials) with today's specs and checks
  --recording DIR        the recording to re-judge (written by --record); it fixes target, fixtures, seed and runs
  --rate-share F         fraction of each documented per-action rate limit a live or endpoint run may use
                         (0 < F <= 1, default 0.9; lower it when other software calls the same account)
  --site china|intl      the site the embedded mock plays (default china); live and --endpoint runs take the
                         fixtures' site, which picks the hosts and the site's contract

Selection and generation
  --product P[,P...]     lighthouse and/or cvm
  --action A[,A...]      action names, e.g. ShareBlueprintAcrossAccounts
  --case TEXT            only cases whose id contains TEXT
  --seed N               fast-check seed (default 20260324)
  --runs N               runs per property (default 100)
  --replay PATH          fast-check replay path for the case named by --case

${driftHelp}

Output
  --out DIR              report directory (default ./tcconform-report): index.html, results.json, junit.xml
  --no-progress          no progress line on stderr
  --shard i/n            run the i-th of n slices of the cases (merge the results with tcconform report)
  --record DIR           record every call of every case to DIR (recording.json, cases/<region>/<case>.jsonl;
                         no secret, token or signature is written); re-judge it or run tcconform parity on it
  --record-mask accounts replace account IDs in the recording by consistent placeholders of the same form
  --help                 this text

Exit codes: 0 conforms, 1 findings (or gating drift with --fail-on drift), 2 usage or configuration error, 3 target unreachable, errored cases or harness error.
`;
