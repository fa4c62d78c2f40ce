// The tables beside the operations: common codes, protocol rules, provenance, conflicts, limits, versions.
import { createHash } from 'node:crypto';
import { isObject, objectAt, stringAt, stringsAt } from '../specs/model/json.ts';
import type { DocConflict, DocSource, Limit, ProtocolRule } from '../specs/model/operation-table.ts';
import { rulesOf } from './operation-rows.ts';
import { sortedRecord } from './sorted-record.ts';
import type { JsonObject, SpecModel } from '../specs/model/spec-model.ts';

/** Every table generated/operations.ts exports besides the operations. */
export interface SpecTables {
  readonly commonErrorCodes: Readonly<Record<string, string>>;
  readonly protocolRules: readonly ProtocolRule[];
  readonly docSources: Readonly<Record<string, DocSource>>;
  readonly docConflicts: readonly DocConflict[];
  readonly productLimits: Readonly<Record<string, Readonly<Record<string, Limit>>>>;
  readonly operationLimits: Readonly<Record<string, Readonly<Record<string, Limit>>>>;
  readonly specVersions: Readonly<Record<string, string>>;
}

/** Reads the tables from the model (pure; the content hashes are computed from the file texts). */
export function specTables(model: SpecModel): SpecTables {
  const common = model.common.doc;
  const files = [model.common, ...model.products.map((p) => p.file)];
  return {
    commonErrorCodes: sortedRecord(Object.entries(objectAt(common, 'x-tc-common-error-codes')).map(([k, v]) => [k, String(v)])),
    protocolRules: protocolRules(common['x-tc-protocol-rules']),
    docSources: sortedRecord(
      Object.entries(objectAt(common, 'x-tc-doc-sources')).map(([id, source]) => {
        const host = stringAt(source, 'host');
        return [id, { title: stringAt(source, 'title') ?? '', ...(host === undefined ? {} : { host }) }];
      }),
    ),
    docConflicts: model.products.flatMap((p) =>
      (Array.isArray(p.file.doc['x-tc-doc-conflicts']) ? p.file.doc['x-tc-doc-conflicts'] : []).filter(isObject).map((c) => ({
        id: stringAt(c, 'id') ?? '',
        where: stringAt(c, 'where') ?? '',
        sources: stringsAt(c, 'sources'),
        says: (stringAt(c, 'says') ?? '').trim(),
        product: p.product,
      })),
    ),
    productLimits: sortedRecord(model.products.map((p) => [p.product, limitsOf(objectAt(p.file.doc, 'x-tc-limits'), [])])),
    operationLimits: sortedRecord(
      model.products
        .flatMap((p) => p.operations)
        .filter((op) => isObject(op.op['x-tc-limits']))
        .map((op) => [op.key, limitsOf(objectAt(op.op, 'x-tc-limits'), stringsAt(op.op, 'x-tc-doc'))]),
    ),
    specVersions: sortedRecord([
      ...model.products.map((p) => [p.product, p.version] as const),
      ...files.map((f) => [f.name, `sha256:${createHash('sha256').update(f.text.replace(/\r\n/g, '\n')).digest('hex').slice(0, 16)}`] as const),
    ]),
  };
}

function protocolRules(node: unknown): readonly ProtocolRule[] {
  const raw = Array.isArray(node) ? node.filter(isObject) : [];
  return rulesOf(raw).map((rule, i) => {
    const limits = objectAt(raw[i], 'x-tc-limits');
    const numeric = Object.entries(limits).filter((e): e is [string, number] => typeof e[1] === 'number');
    return numeric.length > 0 ? { ...rule, limits: Object.fromEntries(numeric) } : rule;
  });
}

/** The entries of an `x-tc-limits` node; a limit without its own provenance inherits `inheritedDocs`. */
export function limitsOf(node: JsonObject, inheritedDocs: readonly string[]): Readonly<Record<string, Limit>> {
  return Object.fromEntries(
    Object.entries(node)
      .filter((e): e is [string, JsonObject] => isObject(e[1]))
      .map(([name, limit]) => {
        const docs = stringsAt(limit, 'x-tc-doc');
        const params = stringsAt(limit, 'params');
        return [
          name,
          {
            ...(typeof limit['max'] === 'number' ? { max: limit['max'] } : {}),
            ...(params.length > 0 ? { params } : {}),
            says: (stringAt(limit, 'says') ?? '').trim(),
            codes: stringsAt(limit, 'codes'),
            docs: docs.length > 0 ? docs : inheritedDocs,
          },
        ];
      }),
  );
}
