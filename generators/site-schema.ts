// A response schema as one site's contract reads it: properties that site's definitions lack are dropped (so they
// are neither required nor typed there), and no object is closed (an unknown field is drift, never a failure).
import { isObject } from '../specs/model/json.ts';
import type { JsonObject } from '../specs/model/spec-model.ts';
import type { Site } from '../specs/model/site-contract.ts';


/** True when a node's `x-tc-sites` (absent: every site) includes `site`. */
export function offeredOn(node: unknown, site: Site): boolean {
  const sites = isObject(node) ? node['x-tc-sites'] : undefined;
  return !Array.isArray(sites) || sites.includes(site);
}

/** True when some node under `schema` is limited to some sites (then the sites need their own validators). */
export function hasSiteMarks(schema: unknown): boolean {
  if (Array.isArray(schema)) return schema.some(hasSiteMarks);
  if (!isObject(schema)) return false;
  return Array.isArray(schema['x-tc-sites']) || Object.values(schema).some(hasSiteMarks);
}

/** `schema` for `site`: absent properties removed from `properties` and `required`; `additionalProperties: false` dropped. */
export function siteSchema(schema: unknown, site: Site): unknown {
  if (Array.isArray(schema)) return schema.map((s) => siteSchema(s, site));
  if (!isObject(schema)) return schema;
  const out: Record<string, unknown> = {};
  const props = isObject(schema['properties']) ? schema['properties'] : undefined;
  const absent = new Set(Object.entries(props ?? {}).filter(([, p]) => !offeredOn(p, site)).map(([name]) => name));
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'additionalProperties' && value === false) continue;
    if (key === 'properties' && props !== undefined) {
      out[key] = Object.fromEntries(Object.entries(props).filter(([name]) => !absent.has(name)).map(([name, p]) => [name, siteSchema(p, site)]));
    } else if (key === 'required' && Array.isArray(value)) {
      out[key] = value.filter((name) => !absent.has(String(name)));
    } else {
      out[key] = key.startsWith('x-') ? value : siteSchema(value, site);
    }
  }
  return out as JsonObject;
}

/** `schema` with every `additionalProperties: false` dropped and every property kept (the sites' union). */
export function openSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(openSchema);
  if (!isObject(schema)) return schema;
  return Object.fromEntries(Object.entries(schema).filter(([key, value]) => !(key === 'additionalProperties' && value === false))
    .map(([key, value]) => [key, key.startsWith('x-') ? value : openSchema(value)]));
}
