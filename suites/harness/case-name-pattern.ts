// The --product / --action / --case filters as a vitest test-name pattern. Every case name ends with
// `[<product>.<Action>.<rest of id>]`, so vitest itself leaves the others out (and a file with no selected
// case is not an error).

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The pattern, or undefined when nothing is filtered. */
export function caseNamePattern(products: readonly string[], actions: readonly string[], caseFilter: string): string | undefined {
  if (products.length === 0 && actions.length === 0 && caseFilter === '') return undefined;
  const product = products.length > 0 ? `(?:${products.map(esc).join('|')})` : '[a-z]+';
  const action = actions.length > 0 ? `(?:${actions.map(esc).join('|')})` : '[A-Za-z]+';
  const filter = caseFilter === '' ? '' : `${esc(caseFilter)}[^\\]]*`;
  return `\\[(?=${product}\\.${action}[.\\]])[^\\]]*${filter}\\]$`;
}
