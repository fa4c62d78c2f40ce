// Builds the spec model from parsed files: products, operations, dereferenced schemas, examples.
import type { Result } from '../../core/types.ts';
import { deref } from './deref.ts';
import { isObject, objectAt, stringAt, stringsAt } from './json.ts';
import { toPointer } from './json-pointer.ts';
import type { JsonObject, OperationModel, ProductModel, SpecExample, SpecFile, SpecModel } from './spec-model.ts';

/** The shared components file every product spec refers to. */
export const COMMON_FILE = 'common.yaml';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Builds the model; unresolvable refs and a missing common.yaml or product id are errors (as values). */
export function buildModel(files: readonly SpecFile[]): Result<SpecModel, readonly string[]> {
  const common = files.find((f) => f.name === COMMON_FILE);
  if (common === undefined) return { ok: false, error: [`${COMMON_FILE} is missing`] };
  const docs = new Map(files.map((f) => [f.name, f.doc] as const));
  const errors: string[] = [];
  const products = files
    .filter((f) => f.name !== COMMON_FILE)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((file) => buildProduct(file, docs, errors));
  return errors.length > 0 ? { ok: false, error: errors } : { ok: true, value: { common, products } };
}

function buildProduct(file: SpecFile, docs: ReadonlyMap<string, JsonObject>, errors: string[]): ProductModel {
  const info = objectAt(file.doc, 'info');
  const product = stringAt(info, 'x-tc-product') ?? '';
  if (product === '') errors.push(`${file.name}: info.x-tc-product is missing`);
  const service = stringAt(info, 'x-tc-service') ?? product;
  const version = stringAt(info, 'version') ?? '';
  const operations = Object.entries(objectAt(file.doc, 'paths')).map(([path, item]) =>
    buildOperation(file.name, product, path, isObject(item) ? item : {}, docs, errors),
  );
  return { file, product, service, version, operations };
}

function buildOperation(
  file: string,
  product: string,
  path: string,
  item: JsonObject,
  docs: ReadonlyMap<string, JsonObject>,
  errors: string[],
): OperationModel {
  const methods = Object.keys(item).filter((key) => METHODS.includes(key));
  const method = methods.includes('post') ? 'post' : (methods[0] ?? 'post');
  const resolved = deref(objectAt(item, method), file, docs);
  errors.push(...resolved.errors.map((e) => `${e} (in ${path})`));
  const op = isObject(resolved.value) ? resolved.value : {};
  const action = stringAt(op, 'x-tc-action') ?? stringAt(op, 'operationId') ?? path;
  const body = objectAt(op, 'requestBody');
  const requestMedia = objectAt(objectAt(body, 'content'), 'application/json');
  const responseMedia = objectAt(objectAt(objectAt(objectAt(op, 'responses'), '200'), 'content'), 'application/json');
  const base = ['paths', path, method];
  return {
    key: `${product}.${action}`,
    product,
    file,
    path,
    pointer: toPointer(base),
    methods,
    op,
    requestSchema: schemaOf(requestMedia),
    requestRequired: body['required'] === true,
    responseSchema: schemaOf(responseMedia),
    examples: [
      ...examplesOf(requestMedia, 'request', [...base, 'requestBody', 'content', 'application/json']),
      ...examplesOf(responseMedia, 'response', [...base, 'responses', '200', 'content', 'application/json']),
    ],
  };
}

function schemaOf(media: JsonObject): JsonObject | undefined {
  const schema = media['schema'];
  return isObject(schema) ? schema : undefined;
}

function examplesOf(media: JsonObject, part: SpecExample['part'], base: readonly string[]): readonly SpecExample[] {
  return Object.entries(objectAt(media, 'examples')).map(([name, example]) => ({
    part,
    name,
    value: isObject(example) ? example['value'] : undefined,
    docs: stringsAt(example, 'x-tc-doc'),
    pointer: toPointer([...base, 'examples', name, 'value']),
  }));
}
