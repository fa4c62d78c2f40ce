// Rule: per-site marks are well formed. `x-tc-sites` and `x-tc-nullable-sites` list known sites; a field nullable on
// some site accepts null in its schema (null is accepted on both sites); `x-tc-doc-conflict` names a conflict the
// product records; `x-tc-documented-pattern` compiles.
import { isObject } from '../../model/json.ts';
import { SITES as KNOWN_SITES } from '../../model/site-contract.ts';
import type { SpecModel } from '../../model/spec-model.ts';
import type { Finding } from '../finding.ts';
import type { LintRule } from '../lint-rule.ts';

const SITES: readonly string[] = KNOWN_SITES;

/** Every site mark names known sites and conflicts, and a nullable-on-some-site field accepts null. */
export const siteMarks: LintRule = {
  id: 'site-marks',
  says: 'x-tc-sites and x-tc-nullable-sites list known sites (china, intl); a field nullable on some site accepts null; x-tc-doc-conflict names a recorded conflict; x-tc-documented-pattern compiles.',
  check: (model: SpecModel) =>
    model.products.flatMap((product) => {
      const conflicts = new Set((Array.isArray(product.file.doc['x-tc-doc-conflicts']) ? product.file.doc['x-tc-doc-conflicts'] : []).filter(isObject).map((c) => String(c['id'])));
      const file = product.file.name;
      const findings: Finding[] = [];
      const report = (pointer: string, message: string) => findings.push({ rule: 'site-marks', file, pointer, message });
      walk(product.file.doc, '', (node, pointer) => {
        for (const key of ['x-tc-sites', 'x-tc-nullable-sites']) {
          const sites = node[key];
          if (sites === undefined) continue;
          if (!Array.isArray(sites) || sites.length === 0 || sites.some((s) => !SITES.includes(String(s)))) report(pointer, `${key} must list sites among ${SITES.join(', ')}, not ${JSON.stringify(sites)}`);
        }
        if (node['x-tc-nullable-sites'] !== undefined && !acceptsNull(node)) report(pointer, 'x-tc-nullable-sites on a schema that does not accept null (null is accepted on every site; the conflict is reported)');
        const conflict = node['x-tc-doc-conflict'];
        if (conflict !== undefined && !conflicts.has(String(conflict))) report(pointer, `x-tc-doc-conflict ${String(conflict)} is not in this product's x-tc-doc-conflicts`);
        const pattern = node['x-tc-documented-pattern'];
        if (pattern !== undefined && !compiles(pattern)) report(pointer, `x-tc-documented-pattern ${JSON.stringify(pattern)} is not a regular expression`);
      });
      return findings;
    }),
};

function acceptsNull(node: Readonly<Record<string, unknown>>): boolean {
  const type = node['type'];
  if (type === 'null' || (Array.isArray(type) && type.includes('null'))) return true;
  const branches = [...(Array.isArray(node['oneOf']) ? node['oneOf'] : []), ...(Array.isArray(node['anyOf']) ? node['anyOf'] : [])];
  return branches.some((b) => isObject(b) && acceptsNull(b));
}

function compiles(pattern: unknown): boolean {
  try {
    return typeof pattern === 'string' && new RegExp(pattern) instanceof RegExp;
  } catch {
    return false;
  }
}

function walk(node: unknown, pointer: string, visit: (node: Readonly<Record<string, unknown>>, pointer: string) => void): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => walk(item, `${pointer}/${i}`, visit));
    return;
  }
  if (!isObject(node)) return;
  visit(node, pointer);
  for (const [key, value] of Object.entries(node)) walk(value, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, visit);
}
