// Synthetic results models for the report's own tests: realistic cases over the real operations table, every
// status, findings with evidence, and (on request) hostile target text in every place a target can put text.

import { operations } from '../../generated/operations.ts';
import { shapeFingerprint } from '../../checks/shape-fingerprint.ts';
import type { CheckName } from '../../checks/finding.ts';
import { resultsModelSchema } from '../parse-results.ts';
import type { CaseResult, CaseStatus, ResultsModel, RunMeta } from '../results-model.ts';
import { toResultsModel } from '../to-results-model.ts';
import { specContext } from '../spec-context.ts';

/** Every check name a results file may carry (the schema's list: the catalogue's and the SDK gate's). */
const everyCheck = (resultsModelSchema as { $defs: { checkName: { enum: readonly string[] } } }).$defs.checkName.enum;

/** Payloads that set `window.__pwned` or the title if they ever execute. */
export const HOSTILE = {
  script: '<script>window.__pwned=1;document.title="PWNED"</script>',
  img: '"><img src=x onerror="window.__pwned=2;document.title=\'PWNED\'">',
  close: '</script><script>window.__pwned=3</script><!--',
  link: 'javascript:window.__pwned=4',
} as const;

const ALL_HOSTILE = Object.values(HOSTILE).join(' ');

/** The error envelope's shape, as checks/shape-fingerprint.ts computes it. */
export const ERROR_SHAPE = shapeFingerprint({ Response: { Error: { Code: 'c', Message: 'm' }, RequestId: 'r' } });
/** A success shape with a list of objects. */
export const SUCCESS_SHAPE = shapeFingerprint({ Response: { TotalCount: 1, BlueprintSet: [{ BlueprintId: 'b', CreatedTime: 't' }], RequestId: 'r' } });

/** Run metadata of a synthetic live run. */
export function syntheticRun(label = 'live API (ap-guangzhou)', region = 'ap-guangzhou'): RunMeta {
  return {
    target: { kind: 'live', endpoint: 'product hosts', label }, startedAt: '2026-03-24T02:00:00.000Z', durationMs: 61_500, seed: 20260324, runs: 100,
    regions: [region], allowMutations: false, fixturesSource: 'fixtures/live.yaml', specVersions: { lighthouse: '2020-03-24', cvm: '2017-03-12' },
    sdkVersion: '4.1.313', toolVersion: '0.1.0',
  };
}

/** The status of case `i` of a big run: 1% failed, 2% skipped, 0.5% errored, the rest passed. */
export function bigRunStatus(i: number): CaseStatus {
  const m = i % 200;
  return m < 2 ? 'failed' : m < 6 ? 'skipped' : m === 6 ? 'errored' : 'passed';
}

/** Case `i` with `status`; `hostile` puts attack text into everything a target (or a doc) could control. */
export function syntheticCase(i: number, status: CaseStatus, opts: { hostile?: boolean; target?: string } = {}): CaseResult {
  const op = operations[i % operations.length];
  if (op === undefined) throw new Error('no operations');
  const check = everyCheck[(i >> 3) % everyCheck.length] as CheckName;
  const rule = op.rules.length > 0 ? op.rules[i % op.rules.length] : undefined;
  const code = rule?.codes[0] ?? Object.keys(op.errorCodes)[0] ?? 'InvalidParameter';
  const negative = check !== 'positive_data_acceptance';
  const evil = opts.hostile === true ? ` ${ALL_HOSTILE}` : '';
  const params = { BlueprintId: `lhbp-${(i * 7919).toString(36)}`, AccountIds: [`10000${i % 97}`], Note: opts.hostile === true ? ALL_HOSTILE : 'n' };
  const base: CaseResult = {
    id: `${op.key}.${check}.${rule?.id ?? 'generated'}#${i}`, title: `${rule?.says.slice(0, 60) ?? 'schema-valid requests are accepted'}${evil}`,
    operation: op.key, product: op.product, action: op.action, check, safety: negative ? 'negative' : 'read-only',
    ...(rule === undefined ? {} : { rule: rule.id }), docs: op.docs.slice(0, 2), findings: [],
    observed: negative ? [{ outcome: 'error', code, shape: ERROR_SHAPE, count: 1 + (i % 3) }] : [{ outcome: 'success', shape: SUCCESS_SHAPE, count: 2 }],
    exchanges: [], latenciesMs: [20 + (i % 40), 35 + (i % 90)], status, durationMs: 40 + (i % 50), target: opts.target ?? 'live API (ap-guangzhou)',
  };
  if (status === 'skipped') return { ...base, observed: [], latenciesMs: [], skipReason: `fixtures name no shared image for this case${evil}` };
  if (status === 'errored') return { ...base, fault: `RequestLimitExceeded: too many requests${evil}`, message: `target fault on ${op.key}: RequestLimitExceeded${evil}` };
  if (status === 'passed') return base;
  const message = `${HOSTILE.script} The AccountIds ${HOSTILE.img} are invalid ${HOSTILE.close}`;
  const responseBody = JSON.stringify({ Response: { Error: { Code: 'InvalidParameter', Message: opts.hostile === true ? message : 'bad' }, RequestId: 'a5b2c1d0-0000-4000-8000-000000000000' } });
  return {
    ...base,
    findings: [{ check, severity: (['critical', 'major', 'minor'] as const)[i % 3] ?? 'major', operation: op.key, title: `${op.action} accepted an invalid request${evil}`,
      detail: `expected one of ${rule?.codes.join(', ') ?? code}, observed InvalidParameter${evil}`, ...(rule === undefined ? {} : { rule: rule.id }), docs: op.docs.slice(0, 2), dedupKey: `k${i}` }],
    observed: [{ outcome: 'error', code: 'InvalidParameter', shape: ERROR_SHAPE, count: 1 }],
    exchanges: [{
      request: { operation: op.key, region: 'ap-guangzhou', form: 'post-json', params },
      wire: { method: 'POST', path: '/', headers: { host: op.hosts[0]?.host ?? 'h', 'content-type': 'application/json', authorization: 'TC3-HMAC-SHA256 Credential=AKID…MPLE/***, Signature=***', 'x-tc-action': op.action }, body: JSON.stringify(params) },
      status: 200, responseBody, ms: 42.5,
    }],
    minimal: { operation: op.key, region: 'ap-guangzhou', form: 'post-json', params },
    replay: { seed: 20260324, path: `${i}:0:1`, command: `npx tcconform run --case '${op.key}.${check}#${i}' --seed 20260324 --replay '${i}:0:1'` },
    message: `findings: ${op.action} accepted an invalid request`,
  };
}

/** A model of cases with the given statuses (case i has statuses[i]). */
export function syntheticModel(statuses: readonly CaseStatus[], opts: { hostile?: boolean; label?: string; mutate?: (c: CaseResult, i: number) => CaseResult } = {}): ResultsModel {
  const label = opts.label ?? 'live API (ap-guangzhou)';
  const mutate = opts.mutate ?? ((c: CaseResult) => c);
  const cases = statuses.map((s, i) => mutate(syntheticCase(i, s, { hostile: opts.hostile === true, target: label }), i));
  const spec = specContext();
  const docSources = opts.hostile === true ? { ...spec.docSources, evil: `Doc ${ALL_HOSTILE}` } : spec.docSources;
  const docDefects = opts.hostile === true ? [...spec.docDefects, { where: `spec ${HOSTILE.img}`, why: `example ${HOSTILE.close}` }] : spec.docDefects;
  return toResultsModel([syntheticRun(label)], cases, { ...spec, docSources, docDefects });
}
