// A small structural picture of a TypeScript type, enough to compare the SDK's model interfaces with the types
// generated from our specs field by field. Pure data: built from the compiler API, compared without it.

/** The shape of a value: a primitive (strings may be a closed set of literals), an array, an object, or other. */
export type Shape =
  | { readonly kind: 'string'; readonly literals?: readonly string[] }
  | { readonly kind: 'number' }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'array'; readonly of: Shape }
  | { readonly kind: 'object'; readonly name: string; readonly fields: Readonly<Record<string, FieldShape>> }
  | { readonly kind: 'other'; readonly text: string };

/** One property of an object shape. */
export interface FieldShape {
  readonly optional: boolean;
  /** The declared type admits null. */
  readonly nullable: boolean;
  /** The declaration's doc comment says the value may be null (the SDK's convention instead of `| null`). */
  readonly nullDocumented: boolean;
  readonly shape: Shape;
}

/** `string`, `'SHARE' | 'CANCEL'`, `Blueprint[]`, … as a person would write the shape. */
export function describeShape(shape: Shape): string {
  switch (shape.kind) {
    case 'string':
      return shape.literals === undefined ? 'string' : shape.literals.map((l) => `'${l}'`).join(' | ');
    case 'array': {
      const inner = describeShape(shape.of);
      return /[ |]/.test(inner) ? `(${inner})[]` : `${inner}[]`;
    }
    case 'object':
      return shape.name;
    case 'other':
      return shape.text;
    default:
      return shape.kind;
  }
}

/** A field as written in a declaration: `?` when optional, `| null` when nullable. */
export function describeField(field: FieldShape): string {
  return `${field.optional ? 'optional' : 'required'} ${describeShape(field.shape)}${field.nullable ? ' | null' : ''}`;
}
