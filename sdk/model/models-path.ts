// Where an SDK package declares the models of one product version, and what it names an action's types.

import { join } from 'node:path';

/** `<root>/tencentcloud/services/lighthouse/v20200324/lighthouse_models` (no extension: the .d.ts beside the .js). */
export function modelsModulePath(sdkRoot: string, product: string, version: string): string {
  return join(sdkRoot, 'tencentcloud', 'services', product, `v${version.replace(/-/g, '')}`, `${product}_models`);
}

/** The SDK's interface names for an action: `<Action>Request` and `<Action>Response`. */
export function sdkTypeNames(action: string): { readonly request: string; readonly response: string } {
  return { request: `${action}Request`, response: `${action}Response` };
}
