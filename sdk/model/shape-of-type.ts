// Reads a TypeScript type through the compiler API's checker into a Shape (sdk/model/type-shape.ts).

import ts from 'typescript';
import type { FieldShape, Shape } from './type-shape.ts';

/** The shape of `type`; object types are expanded property by property, recursion stops at a repeated name. */
export function shapeOfType(checker: ts.TypeChecker, type: ts.Type, seen: ReadonlySet<string> = new Set()): Shape {
  const parts = type.isUnion() ? type.types.filter((t) => !(t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined))) : [type];
  const only = parts.length === 1 ? parts[0] : undefined;
  if (parts.length > 0 && parts.every((t) => t.isStringLiteral())) {
    return { kind: 'string', literals: parts.map((t) => (t as ts.StringLiteralType).value).sort() };
  }
  if (parts.length > 0 && parts.every((t) => t.flags & ts.TypeFlags.BooleanLike)) return { kind: 'boolean' };
  if (only === undefined) return { kind: 'other', text: checker.typeToString(type) };
  if (only.flags & ts.TypeFlags.String) return { kind: 'string' };
  if (only.flags & ts.TypeFlags.Number) return { kind: 'number' };
  if (checker.isArrayType(only)) {
    const element = checker.getTypeArguments(only as ts.TypeReference)[0];
    return element === undefined ? { kind: 'other', text: checker.typeToString(only) } : { kind: 'array', of: shapeOfType(checker, element, seen) };
  }
  if (only.flags & ts.TypeFlags.Object) {
    const name = checker.typeToString(only).replace(/^import\([^)]*\)\./, '');
    if (seen.has(name)) return { kind: 'other', text: name };
    return { kind: 'object', name, fields: fieldsOf(checker, only, new Set([...seen, name])) };
  }
  return { kind: 'other', text: checker.typeToString(only) };
}

/** The properties of an object type as FieldShapes, by name. */
export function fieldsOf(checker: ts.TypeChecker, type: ts.Type, seen: ReadonlySet<string> = new Set()): Record<string, FieldShape> {
  const fields: Record<string, FieldShape> = {};
  for (const symbol of checker.getPropertiesOfType(type)) {
    const declared = checker.getTypeOfSymbol(symbol);
    const members = declared.isUnion() ? declared.types : [declared];
    const doc = ts.displayPartsToString(symbol.getDocumentationComment(checker));
    fields[symbol.getName()] = {
      optional: (symbol.flags & ts.SymbolFlags.Optional) !== 0,
      nullable: members.some((t) => (t.flags & ts.TypeFlags.Null) !== 0),
      nullDocumented: /\bnull\b/i.test(doc),
      shape: shapeOfType(checker, declared, seen),
    };
  }
  return fields;
}
