// Test helper: a doctored copy of the installed SDK. The parts the gate loads (package.json, common/, the
// lighthouse and cvm services with their .d.ts models) are copied into a temp folder beside a node_modules link,
// then patched. Every patch must match exactly once, so a changed SDK fails the self-test loudly, not silently.

import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { stagingDir } from '../load/stage-package.ts';

/** One text replacement in one file of the package (path relative to the package root). */
export interface SdkPatch {
  readonly file: string;
  readonly find: string;
  readonly replace: string;
}

/** A doctored package folder; `remove()` deletes it. */
export interface DoctoredSdk {
  readonly root: string;
  readonly remove: () => void;
}

const installed = dirname(createRequire(import.meta.url).resolve('tencentcloud-sdk-nodejs/package.json'));

/** Copies the installed SDK and applies `patches`. */
export function doctorSdk(patches: readonly SdkPatch[]): DoctoredSdk {
  const staging = stagingDir(join(installed, '..'));
  const root = join(staging.dir, 'package');
  cpSync(join(installed, 'package.json'), join(root, 'package.json'));
  for (const part of ['common', 'services/lighthouse', 'services/cvm']) cpSync(join(installed, 'tencentcloud', part), join(root, 'tencentcloud', part), { recursive: true });
  try {
    for (const patch of patches) {
      const path = join(root, patch.file);
      const text = readFileSync(path, 'utf8');
      const count = text.split(patch.find).length - 1;
      if (count !== 1) throw new Error(`patch of ${patch.file}: '${patch.find}' occurs ${count} times, expected once`);
      writeFileSync(path, text.replace(patch.find, patch.replace));
    }
  } catch (err) {
    staging.remove();
    throw err;
  }
  return { root, remove: staging.remove };
}

/** The doctorings the self-tests run the gate against: each a realistic SDK regression, and what must name it. */
export const DOCTORINGS = {
  wrongVersion: [{ file: 'tencentcloud/services/lighthouse/v20200324/lighthouse_client.js', find: '"2020-03-24"', replace: '"2020-03-23"' }],
  droppedZero: [{ file: 'tencentcloud/common/abstract_client.js', find: 'if (data[k] === null || data[k] === undefined) {', replace: 'if (!data[k]) {' }],
  arraysNotFlattened: [{ file: 'tencentcloud/common/abstract_client.js', find: 'if (data[k] instanceof Array || data[k] instanceof Object) {', replace: 'if (!(data[k] instanceof Array) && data[k] instanceof Object) {' }],
  codeNotMapped: [{ file: 'tencentcloud/common/abstract_client.js', find: 'tcError.code = data.Response.Error.Code;', replace: '' }],
  signsWrongHost: [{ file: 'tencentcloud/common/sign.js', find: 'headers += `host:${urlObj.hostname}\\n`;', replace: 'headers += `host:${urlObj.hostname.split(".").slice(-2).join(".")}\\n`;' }],
  timeoutIgnoredV1: [{ file: 'tencentcloud/common/abstract_client.js', find: 'data: params,\n                timeout: this.profile.httpProfile.reqTimeout * 1000,', replace: 'data: params,\n                timeout: 0,' }],
  modelDropsAccountIds: [{ file: 'tencentcloud/services/lighthouse/v20200324/lighthouse_models.d.ts', find: '    AccountIds: Array<string>;\n}\n/**\n * BlueprintPrice', replace: '}\n/**\n * BlueprintPrice' }],
} as const satisfies Readonly<Record<string, readonly SdkPatch[]>>;
