// A spec lint finding: a rule the specs break (or an OpenAPI schema error), with where and why.

/** One problem in a spec file; `pointer` is a JSON pointer into `file`. */
export interface Finding {
  readonly rule: string;
  readonly file: string;
  readonly pointer: string;
  readonly message: string;
}
