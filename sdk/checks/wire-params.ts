// Did the SDK put exactly the parameters it was given on the wire? JSON bodies are compared as JSON; query strings
// and form bodies name by name against the documented flat form (`AccountIds.0`, `Filters.0.Values.1`, …), which
// also tells an array that was never flattened (`AccountIds=a&AccountIds=b`, `AccountIds[]=a`) from a dropped one.

import { isDeepStrictEqual } from 'node:util';
import { flatten } from '../../core/flatten.ts';
import { parseQuery } from '../../core/parse-query.ts';
import { splitPath } from '../../core/split-path.ts';
import type { Params, RequestForm, WireRequest } from '../../core/types.ts';
import { V1_COMMON_PARAMS } from '../../core/v1-common-params.ts';

/** One parameter problem, as a finding title and detail. */
export interface ParamProblem {
  readonly title: string;
  readonly detail: string;
}

/** Problems of a JSON body's params against what the SDK was asked to send. */
export function jsonParamProblems(sent: Params, asked: Params): ParamProblem[] {
  const names = [...new Set([...Object.keys(sent), ...Object.keys(asked)])].sort();
  return names.flatMap((name): ParamProblem[] => {
    if (!(name in sent)) return [{ title: `Parameter ${name} dropped`, detail: `asked to send ${show(asked[name])}, the request body has no ${name}` }];
    if (!(name in asked)) return [{ title: `Unexpected parameter ${name}`, detail: `the request body has ${name}=${show(sent[name])}, which the call did not give` }];
    return isDeepStrictEqual(sent[name], asked[name]) ? [] : [{ title: `Parameter ${name} changed`, detail: `asked ${show(asked[name])}, sent ${show(sent[name])}` }];
  });
}

/** Problems of a query string or form body, name by name, against the flat form of what was asked. */
export function flatParamProblems(request: WireRequest, form: RequestForm, v1: boolean, asked: Params): ParamProblem[] {
  const raw = parseQuery(form === 'get-query' ? splitPath(request.path).query : request.body);
  if (!raw.ok) return [{ title: 'Parameters not decodable', detail: raw.error }];
  const pairs = raw.value.filter(([name]) => !(v1 && V1_COMMON_PARAMS.has(name)));
  const expected = flatten(asked);
  const bases = unflattenedBases(pairs, expected);
  const problems: ParamProblem[] = [...bases].map((base) => unflattened(base, pairs, expected));
  const underBase = (name: string) => bases.has(name.replace(/\[\d*\]$/, '')) || [...bases].some((b) => name.startsWith(`${b}.`));
  const seen = new Map<string, string[]>();
  for (const [name, value] of pairs) seen.set(name, [...(seen.get(name) ?? []), value]);
  for (const [name, values] of seen) {
    if (underBase(name)) continue;
    if (values.length > 1) problems.push({ title: `Parameter ${name} repeated`, detail: `${name} appears ${values.length} times; API 3.0 names every array item (${name}.0, ${name}.1, …)` });
    else if (!(name in expected) && !isArrayBase(name, expected)) problems.push({ title: `Unexpected parameter ${name}`, detail: `sent ${name}=${values[0]}, which the call did not give` });
  }
  for (const [name, value] of Object.entries(expected)) {
    if (underBase(name)) continue;
    const got = seen.get(name);
    if (got === undefined) problems.push({ title: `Parameter ${name} dropped`, detail: `asked ${name}=${value}, not in the ${form === 'get-query' ? 'query string' : 'form body'}` });
    else if (got.length === 1 && got[0] !== value) problems.push({ title: `Parameter ${name} changed`, detail: `asked ${name}=${value}, sent ${name}=${got[0]}` });
  }
  return problems;
}

/** Arrays sent under their bare name or with brackets (`AccountIds=a`, `AccountIds[]=a`) instead of `.N` items. */
function unflattenedBases(pairs: ReadonlyArray<readonly [string, string]>, expected: Readonly<Record<string, string>>): Set<string> {
  return new Set(pairs.map(([name]) => name.replace(/\[\d*\]$/, '')).filter((base) => isArrayBase(base, expected)));
}

function unflattened(base: string, pairs: ReadonlyArray<readonly [string, string]>, expected: Readonly<Record<string, string>>): ParamProblem {
  const sent = pairs.filter(([n]) => n.replace(/\[\d*\]$/, '') === base).map(([n, v]) => `${n}=${v}`);
  const wanted = Object.keys(expected).filter((k) => k.startsWith(`${base}.`));
  return { title: `Array ${base} not flattened`, detail: `sent as ${sent.slice(0, 3).join('&')}; API 3.0 wants ${wanted.slice(0, 3).join(', ')}${wanted.length > 3 ? ', …' : ''}` };
}

function isArrayBase(name: string, expected: Readonly<Record<string, string>>): boolean {
  return Object.keys(expected).some((key) => key.startsWith(`${name}.`) && /^\d/.test(key.slice(name.length + 1)));
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
