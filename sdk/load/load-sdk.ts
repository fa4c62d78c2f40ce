// Finds and loads the SDK under test: the installed tencentcloud-sdk-nodejs, or a candidate named by --sdk (an
// unpacked package folder or an npm .tgz). Loading goes through Node's own CommonJS loader from the candidate's
// path, so each candidate is a separate module instance; only the two product clients and the exception are used.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { Result } from '../../core/types.ts';
import { copyPackage, stagingDir, unresolvedDependencies, type StagingDir } from './stage-package.ts';
import { unpackTgz } from './unpack-tgz.ts';

/** What the SDK exports that the gate calls: a client per product (`new Client(config)`). */
export type SdkClientClass = new (config: unknown) => Record<string, unknown>;

/** A loaded SDK. `dispose()` removes any temp folder it was staged in. */
export interface LoadedSdk {
  readonly root: string;
  readonly version: string;
  /** `installed` or the --sdk path as given. */
  readonly source: string;
  /** Product → client; a product (or API version) the release does not have is left out. */
  readonly clients: Readonly<Record<string, SdkClientClass>>;
  /** The SDK's TencentCloudSDKHttpException class, when its usual module is present. */
  readonly httpException: (abstract new (...args: never[]) => Error) | undefined;
  readonly dispose: () => void;
}

/** Why loading failed: `usage` (no such path, not the SDK: exit 2) or `broken` (the package does not load: exit 1). */
export interface SdkLoadError {
  readonly kind: 'usage' | 'broken';
  readonly message: string;
}

/** Product → version folder name of the clients the gate needs (lighthouse v20200324, cvm v20170312). */
export type ProductVersions = Readonly<Record<string, string>>;

const here = createRequire(import.meta.url);

/** Loads the installed SDK (`candidate` undefined) or a candidate folder or .tgz; `label` names it in reports (default: the path). */
export function loadSdk(candidate: string | undefined, products: ProductVersions, label = candidate): Result<LoadedSdk, SdkLoadError> {
  if (candidate === undefined) {
    const root = dirname(here.resolve('tencentcloud-sdk-nodejs/package.json'));
    return loadFrom(root, 'installed', products, () => undefined);
  }
  const path = resolve(candidate);
  if (!existsSync(path)) return usage(`--sdk ${candidate}: no such file or folder`);
  const nodeModules = join(dirname(here.resolve('tencentcloud-sdk-nodejs/package.json')), '..');
  if (statSync(path).isFile()) {
    if (!/\.(tgz|tar\.gz|tar)$/.test(path)) return usage(`--sdk ${candidate}: expected a package folder or an npm .tgz`);
    const staging = stagingDir(nodeModules);
    const unpacked = unpackTgz(path, staging.dir);
    if (!unpacked.ok) return fail(staging, { kind: 'usage', message: `--sdk ${candidate}: ${unpacked.error}` });
    return loadFrom(unpacked.value, label ?? candidate, products, staging.remove);
  }
  const manifest = readManifest(path);
  if (!manifest.ok) return usage(`--sdk ${candidate}: ${manifest.error}`);
  if (unresolvedDependencies(path, manifest.value.dependencies).length === 0) return loadFrom(path, label ?? candidate, products, () => undefined);
  const staging = stagingDir(nodeModules);
  return loadFrom(copyPackage(path, staging), label ?? candidate, products, staging.remove);
}

function loadFrom(root: string, source: string, products: ProductVersions, dispose: () => void): Result<LoadedSdk, SdkLoadError> {
  const manifest = readManifest(root);
  if (!manifest.ok) return fail({ remove: dispose }, { kind: 'usage', message: `${source}: ${manifest.error}` });
  const require = createRequire(join(root, 'package.json'));
  const clients: Record<string, SdkClientClass> = {};
  try {
    for (const [product, version] of Object.entries(products)) {
      // A release without this product or API version is loaded all the same: its actions are reported absent.
      if (!existsSync(join(root, 'tencentcloud', 'services', product, version))) continue;
      const service = require(join(root, 'tencentcloud', 'services', product)) as Record<string, Record<string, { Client?: SdkClientClass }>>;
      const Client = service[product]?.[version]?.Client;
      if (typeof Client !== 'function') return fail({ remove: dispose }, { kind: 'broken', message: `${source}: no ${product}.${version}.Client` });
      clients[product] = Client;
    }
  } catch (err) {
    return fail({ remove: dispose }, { kind: 'broken', message: `${source}: the package does not load: ${(err as Error).message.split('\n')[0]}` });
  }
  return { ok: true, value: { root, version: manifest.value.version, source, clients, httpException: exceptionClass(require, root), dispose } };
}

function exceptionClass(require: NodeJS.Require, root: string): LoadedSdk['httpException'] {
  try {
    const mod = require(join(root, 'tencentcloud', 'common', 'exception', 'tencent_cloud_sdk_exception')) as { default?: unknown };
    return typeof mod.default === 'function' ? (mod.default as LoadedSdk['httpException']) : undefined;
  } catch {
    return undefined;
  }
}

function readManifest(root: string): Result<{ version: string; dependencies: string[] }, string> {
  try {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown; dependencies?: Record<string, string> };
    if (pkg.name !== 'tencentcloud-sdk-nodejs') return { ok: false, error: `package.json names '${String(pkg.name)}', not tencentcloud-sdk-nodejs` };
    return { ok: true, value: { version: String(pkg.version ?? 'unknown'), dependencies: Object.keys(pkg.dependencies ?? {}) } };
  } catch (err) {
    return { ok: false, error: `no readable package.json (${(err as Error).message.split('\n')[0]})` };
  }
}

function usage(message: string): Result<LoadedSdk, SdkLoadError> {
  return { ok: false, error: { kind: 'usage', message } };
}

function fail(staging: Pick<StagingDir, 'remove'>, error: SdkLoadError): Result<LoadedSdk, SdkLoadError> {
  staging.remove();
  return { ok: false, error };
}
