// Parameters reach the transitions already validated against the spec; these readers only narrow the types.

/** The string at `params[name]` ('' when absent or not a string: validation has refused those already). */
export function stringParam(params: Readonly<Record<string, unknown>>, name: string): string {
  const value = params[name];
  return typeof value === 'string' ? value : '';
}

/** The distinct strings of the array at `params[name]`, in request order. */
export function distinctStrings(params: Readonly<Record<string, unknown>>, name: string): string[] {
  const value = params[name];
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter((v): v is string => typeof v === 'string'))];
}
