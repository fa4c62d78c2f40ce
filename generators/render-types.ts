// Renders generated/types.ts: an interface for every request and every success Response body.
import type { Result } from '../core/types.ts';
import { isObject, objectAt, stringAt, stringsAt } from '../specs/model/json.ts';
import { GENERATED_HEADER } from './generated-header.ts';
import { pascalCase } from './pascal-case.ts';
import type { JsonObject, SpecModel } from '../specs/model/spec-model.ts';
import { quote } from './ts-literal.ts';

// Named object types found on the way (`x-tc-ref`), by type name.
interface Named {
  readonly id: string;
  text: string;
}

interface Context {
  readonly named: Map<string, Named>;
  readonly prefixOf: (file: string) => string;
  readonly errors: string[];
}

/** The text of generated/types.ts; two different schemas that would get one type name are an error. */
export function renderTypes(model: SpecModel): Result<string, readonly string[]> {
  const prefixes = new Map(model.products.map((p) => [p.file.name, pascalCase(p.product)]));
  const ctx: Context = { named: new Map(), prefixOf: (file) => prefixes.get(file) ?? 'Common', errors: [] };
  const ops = model.products.flatMap((p) => p.operations.map((op) => ({ op, name: `${pascalCase(p.product)}${stringAt(op.op, 'x-tc-action') ?? ''}` })));
  const blocks = ops.flatMap(({ op, name }) => {
    const envelope = objectAt(objectAt(op.responseSchema, 'properties'), 'Response');
    const branches = Array.isArray(envelope['oneOf']) ? envelope['oneOf'].filter(isObject) : [envelope];
    const success = branches.filter((b) => !stringsAt(b, 'required').includes('Error'));
    for (const failure of branches.filter((b) => !success.includes(b))) tsType(failure, ctx);
    return [
      interfaceText(`${name}Request`, `The request parameters of ${op.key}.`, flatten(op.requestSchema ?? {}), ctx),
      interfaceText(`${name}Response`, `The success Response body of ${op.key} (inside the envelope).`, flatten(success[0] ?? {}), ctx),
    ];
  });
  const named = [...ctx.named.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, n]) => n.text);
  const maps = ['Request', 'Response'].map(
    (part) =>
      `/** The ${part.toLowerCase()} type of every operation, by operation key. */\nexport interface ${part}Types {\n` +
      ops.map(({ op, name }) => `  ${quote(op.key)}: ${name}${part};\n`).join('') +
      '}\n',
  );
  if (ctx.errors.length > 0) return { ok: false, error: ctx.errors };
  const header = `${GENERATED_HEADER}\n// Types of every request and success Response body; field names and optionality exactly as in the specs.\n`;
  return { ok: true, value: [header, ...blocks, ...named, ...maps].join('\n') };
}

function interfaceText(name: string, doc: string, node: JsonObject, ctx: Context): string {
  return `/** ${comment(doc)} */\nexport interface ${name} ${objectBody(node, ctx, '')}\n`;
}

function objectBody(node: JsonObject, ctx: Context, indent: string): string {
  const required = stringsAt(node, 'required');
  const fields = Object.entries(objectAt(node, 'properties')).filter((e): e is [string, JsonObject] => isObject(e[1]));
  const lines = fields.map(([field, sub]) => {
    const doc = stringAt(sub, 'description');
    const docLine = doc === undefined ? '' : `${indent}  /** ${comment(doc)} */\n`;
    return `${docLine}${indent}  ${field}${required.includes(field) ? '' : '?'}: ${tsType(sub, ctx, indent + '  ')};\n`;
  });
  return `{\n${lines.join('')}${indent}}`;
}

/** Merges `allOf` parts that are objects into one object node (properties and required lists). */
function flatten(node: JsonObject): JsonObject {
  const parts = Array.isArray(node['allOf']) ? node['allOf'].filter(isObject).map(flatten) : [];
  return parts.reduce<JsonObject>(
    (acc, part) => ({
      ...acc,
      properties: { ...objectAt(acc, 'properties'), ...objectAt(part, 'properties') },
      required: [...new Set([...stringsAt(acc, 'required'), ...stringsAt(part, 'required')])],
    }),
    { ...node, allOf: undefined },
  );
}

function tsType(node: JsonObject, ctx: Context, indent = ''): string {
  const alternatives = node['oneOf'] ?? node['anyOf'];
  if (Array.isArray(alternatives)) return union(alternatives.filter(isObject).map((n) => tsType(n, ctx, indent)));
  if (Array.isArray(node['enum'])) return union(node['enum'].map((v) => (typeof v === 'string' ? quote(v) : JSON.stringify(v))));
  if (node['const'] !== undefined) return typeof node['const'] === 'string' ? quote(node['const']) : JSON.stringify(node['const']);
  const types = Array.isArray(node['type']) ? node['type'].map(String) : typeof node['type'] === 'string' ? [node['type']] : [];
  if (types.length === 0 && (isObject(node['properties']) || Array.isArray(node['allOf']))) types.push('object');
  return types.length === 0 ? 'unknown' : union(types.map((t) => scalar(t, node, ctx, indent)));
}

function scalar(type: string, node: JsonObject, ctx: Context, indent: string): string {
  if (type === 'string') return 'string';
  if (type === 'integer' || type === 'number') return 'number';
  if (type === 'boolean') return 'boolean';
  if (type === 'null') return 'null';
  if (type === 'array') {
    const item = tsType(objectAt(node, 'items'), ctx, indent);
    return /[|&]/.test(item) ? `(${item})[]` : `${item}[]`;
  }
  if (type !== 'object') return 'unknown';
  const flat = flatten(node);
  const ref = stringAt(node, 'x-tc-ref');
  if (ref === undefined) return objectBody(flat, ctx, indent);
  const [file = '', pointer = ''] = ref.split('#');
  const name = `${ctx.prefixOf(file)}${pointer.split('/').pop() ?? ''}`;
  const known = ctx.named.get(name);
  if (known !== undefined && known.id !== ref) ctx.errors.push(`type name ${name} is used by ${known.id} and ${ref}`);
  if (known === undefined) {
    const entry: Named = { id: ref, text: '' };
    ctx.named.set(name, entry);
    entry.text = interfaceText(name, stringAt(node, 'description') ?? `${pointer.split('/').pop()} (${file}).`, flat, ctx);
  }
  return name;
}

function union(types: readonly string[]): string {
  return [...new Set(types)].join(' | ');
}

function comment(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\*\//g, '*\\/').trim();
}
