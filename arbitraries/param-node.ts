// The request-parameter shapes the runtime arbitraries compose over (generated from the specs' schemas).

/** A string parameter: an ID with a pattern, an enumerated value, or free text. */
export interface StringNode {
  readonly type: 'string';
  readonly pattern?: string;
  readonly enum?: readonly string[];
  readonly minLength?: number;
  readonly maxLength?: number;
}

/** An integer parameter with its documented bounds. */
export interface IntegerNode {
  readonly type: 'integer';
  readonly minimum?: number;
  readonly maximum?: number;
}

/** A boolean parameter. */
export interface BooleanNode {
  readonly type: 'boolean';
}

/** A list parameter (`AccountIds.0`, `AccountIds.1`, ... on the query wire). */
export interface ArrayNode {
  readonly type: 'array';
  readonly items: ParamNode;
  readonly minItems?: number;
  readonly maxItems?: number;
}

/** An object: the request itself or a structured item such as a Filter. */
export interface ObjectNode {
  readonly type: 'object';
  readonly properties: Readonly<Record<string, ParamNode>>;
  readonly required: readonly string[];
  /** additionalProperties: false — a name not listed is a breach (unknown-parameter). */
  readonly closed: boolean;
  /** Groups of parameters the docs say cannot be given together (x-tc-limits `params`). */
  readonly exclusive?: readonly (readonly string[])[];
}

/** Any request-parameter shape. */
export type ParamNode = StringNode | IntegerNode | BooleanNode | ArrayNode | ObjectNode;
