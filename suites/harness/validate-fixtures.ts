// Validates a parsed fixtures file: structure, ID formats (judged by the spec's own request schemas), and that
// every situation names a documented rule and carries schema-valid parameters. One precise line per problem.

import { FIXTURES_VERSION, type Fixtures } from '../../core/fixtures.ts';
import type { Result } from '../../core/types.ts';
import { operations, operationByKey } from '../../generated/operations.ts';
import { validatorFor } from '../../generated/validators.ts';
import { fixtureForm } from './share-semantics.ts';

type Problem = string;

/** The fixtures, or the first problems found (each naming the JSON path). */
export function validateFixtures(value: unknown, source: string): Result<Fixtures, string> {
  const problems: Problem[] = [];
  const at = (path: string, what: string) => problems.push(`${source}: ${path}: ${what}`);
  if (!isObject(value)) return { ok: false, error: `${source}: the fixtures file must hold an object` };
  if (value['version'] !== FIXTURES_VERSION) at('/version', `must be ${FIXTURES_VERSION}, got ${JSON.stringify(value['version'])}`);
  if (value['site'] !== undefined && value['site'] !== 'intl' && value['site'] !== 'china') at('/site', `must be "intl" or "china"`);
  const creds = value['credentials'];
  if (creds !== undefined && (!isObject(creds) || typeof creds['secretId'] !== 'string' || typeof creds['secretKey'] !== 'string')) at('/credentials', 'must have string secretId and secretKey');
  const regions = value['regions'];
  if (!isObject(regions) || Object.keys(regions).length === 0) at('/regions', 'must map at least one region name to its resources');
  else for (const [name, r] of Object.entries(regions)) checkRegion(`/regions/${name}`, r, at);
  if (problems.length > 0) return { ok: false, error: problems.slice(0, 5).join('\n') };
  return { ok: true, value: value as unknown as Fixtures };
}

function checkRegion(path: string, r: unknown, at: (p: string, w: string) => void): void {
  if (!isObject(r)) return at(path, 'must be an object with lighthouse and/or cvm');
  for (const key of Object.keys(r)) if (key !== 'lighthouse' && key !== 'cvm') at(`${path}/${key}`, 'unknown product (lighthouse or cvm)');
  for (const product of ['lighthouse', 'cvm'] as const) {
    const p = r[product];
    if (p === undefined) continue;
    if (!isObject(p)) { at(`${path}/${product}`, 'must be an object'); continue; }
    for (const field of ['blueprintId', 'imageId'] as const) checkId(`${path}/${product}/${field}`, p[field], fixtureForm(field), at);
    checkId(`${path}/${product}/ownAccountId`, p['ownAccountId'], fixtureForm('account'), at, true);
    const recips = p['recipientAccountIds'];
    if (recips !== undefined) {
      if (!Array.isArray(recips)) at(`${path}/${product}/recipientAccountIds`, 'must be an array of account IDs');
      else recips.forEach((a, i) => checkId(`${path}/${product}/recipientAccountIds/${i}`, a, fixtureForm('account'), at, true));
    }
    checkSituations(`${path}/${product}/situations`, product, p['situations'], at);
  }
}

/** Judges a fixture ID by the request schema of the action and parameter share-semantics.ts names for it. */
function checkId(path: string, v: unknown, form: { operation: string; param: string }, at: (p: string, w: string) => void, asArray = false): void {
  if (v === undefined) return;
  if (typeof v !== 'string') return at(path, 'must be a string');
  const { param } = form;
  const validate = validatorFor(operationByKey(form.operation).requestValidator);
  validate({ [param]: asArray ? [v] : v });
  const bad = (validate.errors ?? []).find((e) => e.instancePath.startsWith(`/${param}`));
  if (bad !== undefined) at(path, `${JSON.stringify(v)} is not of the documented form (${bad.message ?? bad.keyword}${bad.params && 'pattern' in bad.params ? ` ${String(bad.params['pattern'])}` : ''})`);
}

function checkSituations(path: string, product: string, s: unknown, at: (p: string, w: string) => void): void {
  if (s === undefined) return;
  if (!isObject(s)) return at(path, 'must map rule ids to { params }');
  for (const [rule, sit] of Object.entries(s)) {
    const op = operations.find((o) => o.product === product && o.rules.some((r) => r.id === rule));
    if (op === undefined) { at(`${path}/${rule}`, `no ${product} rule has this id (rule ids are the spec's x-tc-rules ids)`); continue; }
    if (!isObject(sit) || !isObject(sit['params'])) { at(`${path}/${rule}`, 'must be { "params": { ... } }'); continue; }
    const validate = validatorFor(op.requestValidator);
    // A situation for a maximum rule breaks exactly that maximum on purpose; anything else must be valid.
    const errors = validate(sit['params']) ? [] : (validate.errors ?? []).filter((x) => !(/max/.test(rule) && x.keyword === 'maxItems'));
    if (errors.length > 0) {
      const e = errors[0];
      at(`${path}/${rule}/params`, `not a valid ${op.action} request: ${e?.instancePath || '/'} ${e?.message ?? ''}`.trim());
    }
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
