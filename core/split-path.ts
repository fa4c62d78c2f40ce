// A request path split at the first `?`.

/** Splits a request path into its path part and its raw query string (without `?`). */
export function splitPath(path: string): { readonly pathname: string; readonly query: string } {
  const q = path.indexOf('?');
  return q === -1 ? { pathname: path, query: '' } : { pathname: path.slice(0, q), query: path.slice(q + 1) };
}
