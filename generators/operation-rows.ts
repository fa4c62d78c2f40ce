// Turns the spec model into the operations table (data only); assumes the spec lint rules passed.
import { deriveConstraints } from './derive-constraints.ts';
import { isObject, objectAt, stringAt, stringsAt } from '../specs/model/json.ts';
import type { Operation, OperationRule } from '../specs/model/operation-table.ts';
import { sortedRecord } from './sorted-record.ts';
import type { JsonObject, OperationModel, ProductModel, SpecModel } from '../specs/model/spec-model.ts';

/** One row per operation, products in file-name order, operations in spec order. */
export function operationRows(model: SpecModel): readonly Operation[] {
  const defaults = objectAt(model.common.doc, 'x-tc-violation-codes');
  return model.products.flatMap((product) => product.operations.map((op) => operationRow(product, op, defaults)));
}

function operationRow(product: ProductModel, model: OperationModel, defaults: JsonObject): Operation {
  const op = model.op;
  const rate = objectAt(op, 'x-tc-rate-limit');
  const request = model.requestSchema;
  const regions = regionsOf(product, op);
  return {
    key: model.key,
    product: product.product === 'cvm' ? 'cvm' : 'lighthouse',
    service: product.service,
    version: product.version,
    action: stringAt(op, 'x-tc-action') ?? '',
    hosts: hostsOf(product.file.doc),
    rateLimit: { perSecond: typeof rate['perSecond'] === 'number' ? rate['perSecond'] : 0, assumed: rate['assumed'] === true },
    regions,
    errorCodes: sortedRecord(
      Object.entries(objectAt(op, 'x-tc-error-codes')).map(([code, entry]) => [code, stringAt(entry, 'description') ?? '']),
    ),
    safety: stringAt(op, 'x-tc-safety') === 'read-only' ? 'read-only' : 'mutating',
    observer: op['x-tc-observer'] === true,
    params: Object.keys(objectAt(request, 'properties')),
    required: stringsAt(request, 'required'),
    constraints: deriveConstraints({ request, op, defaults, regions }),
    rules: rulesOf(op['x-tc-rules']),
    docs: stringsAt(op, 'x-tc-doc'),
    requestValidator: `${model.key}.request`,
    responseValidator: `${model.key}.response`,
  };
}

/** The rules of a list node (`x-tc-rules` or `x-tc-protocol-rules`), with provenance as a list. */
export function rulesOf(node: unknown): readonly OperationRule[] {
  if (!Array.isArray(node)) return [];
  return node.filter(isObject).map((rule) => ({
    id: stringAt(rule, 'id') ?? '',
    says: (stringAt(rule, 'says') ?? '').trim(),
    codes: stringsAt(rule, 'codes'),
    docs: stringsAt(rule, 'x-tc-doc'),
  }));
}

/** The operation's own x-tc-regions, else the product's; `values: null` means not documented. */
export function regionsOf(product: ProductModel, op: JsonObject): readonly string[] | null {
  const own = op['x-tc-regions'];
  const regions = isObject(own) ? own : objectAt(product.file.doc, 'x-tc-regions');
  const values = regions['values'];
  return Array.isArray(values) ? values.filter((v): v is string => typeof v === 'string') : null;
}

function hostsOf(doc: JsonObject): Operation['hosts'] {
  const servers = Array.isArray(doc['servers']) ? doc['servers'].filter(isObject) : [];
  return servers.map((server) => ({
    host: new URL(stringAt(server, 'url') ?? 'https://invalid').host,
    site: stringAt(server, 'x-tc-site') === 'intl' ? 'intl' : 'china',
  }));
}
