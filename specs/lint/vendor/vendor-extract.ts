// The committed extract of vendor facts (specs/vendor/<product>-<version>.json), as the reconciliation reads it.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Result } from '../../../core/types.ts';

/** Where facts come from: a repository (or package), its commit (or version) and paths. */
export interface VendorSource {
  readonly repo?: string;
  readonly package?: string;
  readonly version?: string;
  readonly commit?: string;
  readonly paths?: readonly string[];
}

/** One request or response field as the vendor defines it; `src` names keys of the extract's `sources`. */
export interface VendorField {
  readonly type: string;
  readonly items?: string;
  readonly required: boolean;
  readonly src: readonly string[];
  readonly limitsSrc?: readonly string[];
  readonly sites?: readonly string[];
  readonly nullable?: readonly string[];
  readonly maxItems?: number;
  readonly maximum?: number;
  readonly enum?: readonly string[];
  readonly exclusiveWith?: readonly string[];
  /** The filter names a Filters parameter documents (`tag:tag-key` stands for any `tag:<key>`). */
  readonly filterNames?: readonly string[];
  readonly values?: { readonly closed?: readonly string[]; readonly open?: readonly string[] };
  readonly format?: string;
}

/** One action: sites, documented error codes, request and response fields by path (`Filters[].Values`). */
export interface VendorAction {
  readonly sites: readonly string[];
  readonly src: readonly string[];
  readonly errorCodes: { readonly codes: readonly string[]; readonly src: readonly string[] };
  readonly request: Readonly<Record<string, VendorField>>;
  readonly response: Readonly<Record<string, VendorField>>;
  readonly limits?: { readonly accountsPerImageMax?: number };
}

/** One product version's extract. */
export interface VendorExtract {
  readonly product: string;
  readonly version: string;
  readonly sources: Readonly<Record<string, VendorSource>>;
  readonly actions: Readonly<Record<string, VendorAction>>;
}

/** Reads every `<product>-<version>.json` extract in `dir` (examples.json is the examples' extract, not read here). */
export async function loadVendorExtracts(dir: string): Promise<Result<readonly VendorExtract[], string>> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => /^[a-z]+-\d{4}-\d{2}-\d{2}\.json$/.test(n)).sort();
  const out: VendorExtract[] = [];
  for (const name of names) {
    const parsed = parseExtract(await readFile(join(dir, name), 'utf8'));
    if (!parsed.ok) return { ok: false, error: `${name}: ${parsed.error}` };
    out.push(parsed.value);
  }
  return { ok: true, value: out };
}

/** Parses one extract, checking the shape the reconciliation relies on. */
export function parseExtract(text: string): Result<VendorExtract, string> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    return { ok: false, error: `not JSON (${(err as Error).message})` };
  }
  const d = doc as Partial<VendorExtract>;
  if (typeof d.product !== 'string' || typeof d.version !== 'string' || typeof d.actions !== 'object' || typeof d.sources !== 'object') {
    return { ok: false, error: 'needs product, version, sources and actions' };
  }
  for (const [name, a] of Object.entries(d.actions ?? {})) {
    const fields = [...Object.values(a.request ?? {}), ...Object.values(a.response ?? {})];
    const unknown = [...a.src, ...a.errorCodes.src, ...fields.flatMap((f) => f.src)].filter((s) => !(s in (d.sources ?? {})));
    if (unknown.length > 0) return { ok: false, error: `${name} cites sources not in sources: ${[...new Set(unknown)].join(', ')}` };
  }
  return { ok: true, value: d as VendorExtract };
}
