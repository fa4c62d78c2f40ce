// The values of a request as the query and form wire carries them: every leaf a string.

/** `params` with every number and boolean turned into its string (lists and objects keep their shape). */
export function queryForm(params: unknown): unknown {
  if (Array.isArray(params)) return params.map(queryForm);
  if (typeof params === 'object' && params !== null) {
    return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, queryForm(value)]));
  }
  if (typeof params === 'number' || typeof params === 'boolean') return String(params);
  return params;
}
