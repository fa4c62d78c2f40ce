// Filters and paging of the observer actions: Values of one filter OR together, several filters AND together
// (the metadata of DescribeBlueprints and DescribeImages); Offset 0 and Limit 20 unless given.
import type { Params, Result } from '../../core/types.ts';
import { failure, type Answer } from './outcome.ts';

/** Whether an item matches any of a filter's values. */
export type Matcher<T> = (item: T, values: readonly string[]) => boolean;

/** Tag filters are documented; the emulated resources carry no tags, so they match nothing. */
const TAG_FILTER = /^(tag-key|tag-value|tag:.+)$/;

/** The items every filter in `params.Filters` matches; an undocumented filter name is `unknownNameCode` (the action's documented one). */
export function applyFilters<T>(items: readonly T[], params: Params, matchers: Readonly<Record<string, Matcher<T>>>, unknownNameCode = 'InvalidParameterValue'): Result<T[], Answer> {
  const filters = Array.isArray(params['Filters']) ? (params['Filters'] as Array<{ Name?: unknown; Values?: unknown }>) : [];
  let kept = [...items];
  for (const filter of filters) {
    const name = typeof filter.Name === 'string' ? filter.Name : '';
    const values = Array.isArray(filter.Values) ? filter.Values.filter((v): v is string => typeof v === 'string') : [];
    const match = matchers[name] ?? (TAG_FILTER.test(name) ? () => false : undefined);
    if (match === undefined) {
      return { ok: false, error: failure(unknownNameCode, `filter '${name}' is not supported; use ${Object.keys(matchers).join(', ')}`) };
    }
    kept = kept.filter((item) => match(item, values));
  }
  return { ok: true, value: kept };
}

/** The page of `items` that Offset and Limit select, with the total before paging. */
export function paginate<T>(items: readonly T[], params: Params): { readonly page: T[]; readonly total: number } {
  const offset = typeof params['Offset'] === 'number' ? params['Offset'] : 0;
  const limit = typeof params['Limit'] === 'number' ? params['Limit'] : 20;
  return { page: items.slice(offset, offset + limit), total: items.length };
}

/** `a` equals one of `values`. */
export function exactly(a: string, values: readonly string[]): boolean {
  return values.includes(a);
}

/** `a` contains one of `values`, ignoring case (the docs' "fuzzy" filters). */
export function fuzzy(a: string, values: readonly string[]): boolean {
  const lower = a.toLowerCase();
  return values.some((v) => lower.includes(v.toLowerCase()));
}

/** `code` (the action's documented conflict code) when two parameters that exclude each other are both given (x-tc-limits exclusive). */
export function exclusive(params: Params, a: string, b: string, code: string): Answer | undefined {
  return params[a] !== undefined && params[b] !== undefined ? failure(code, `${a} and ${b} cannot be given together`) : undefined;
}

/** A filter whose values are a documented closed list, and the code an undocumented value gets. */
export interface ClosedFilter {
  readonly values: readonly string[];
  readonly code: string;
}

/** The refusal for the first filter value outside its documented list (`closed`: filter name → list), if any. */
export function closedValues(params: Params, closed: Readonly<Record<string, ClosedFilter>>): Answer | undefined {
  const filters = Array.isArray(params['Filters']) ? (params['Filters'] as Array<{ Name?: unknown; Values?: unknown }>) : [];
  for (const filter of filters) {
    const rule = typeof filter.Name === 'string' ? closed[filter.Name] : undefined;
    const values = Array.isArray(filter.Values) ? filter.Values : [];
    const bad = rule === undefined ? undefined : values.find((v) => typeof v !== 'string' || !rule.values.includes(v));
    if (rule !== undefined && bad !== undefined) return failure(rule.code, `filter ${String(filter.Name)} value ${String(bad)} is not one of ${rule.values.join(', ')}`);
  }
  return undefined;
}
