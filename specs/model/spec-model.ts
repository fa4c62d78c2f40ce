// The in-memory model of the specs that every generator and the spec lint read.

/** A parsed JSON/YAML object node (values stay `unknown` until a reader narrows them). */
export type JsonObject = Readonly<Record<string, unknown>>;

/** One spec file: its name in specs/, its text, and the parsed document. */
export interface SpecFile {
  readonly name: string;
  readonly text: string;
  readonly doc: JsonObject;
}

/** A documented example of a request or a response, kept verbatim from the spec. */
export interface SpecExample {
  readonly part: 'request' | 'response';
  readonly name: string;
  readonly value: unknown;
  readonly docs: readonly string[];
  /** JSON pointer to the example's `value` inside the spec file. */
  readonly pointer: string;
}

/** One RPC operation as its spec states it; schemas are dereferenced, everything else is read lazily. */
export interface OperationModel {
  /** `<product>.<action>`, the action taken from x-tc-action (or the operationId when that is missing). */
  readonly key: string;
  readonly product: string;
  readonly file: string;
  readonly path: string;
  /** JSON pointer to the operation object inside the spec file. */
  readonly pointer: string;
  /** HTTP methods the path item defines (the convention allows exactly one: post). */
  readonly methods: readonly string[];
  /** The operation object with every `$ref` resolved (annotated with `x-tc-ref`). */
  readonly op: JsonObject;
  readonly requestSchema: JsonObject | undefined;
  readonly requestRequired: boolean;
  readonly responseSchema: JsonObject | undefined;
  readonly examples: readonly SpecExample[];
}

/** One product spec (one product, one version) and its operations. */
export interface ProductModel {
  readonly file: SpecFile;
  readonly product: string;
  readonly service: string;
  readonly version: string;
  readonly operations: readonly OperationModel[];
}

/** All specs: the shared components and the product documents, in file-name order. */
export interface SpecModel {
  readonly common: SpecFile;
  readonly products: readonly ProductModel[];
}
