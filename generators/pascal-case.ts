// Name helpers shared by the renderers.

/** `lighthouse` → `Lighthouse`, `cvm` → `Cvm`. */
export function pascalCase(word: string): string {
  return word
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/** `ShareBlueprintAcrossAccounts` → `share-blueprint-across-accounts`. */
export function kebabCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}
