// A doc defect: a documented example that its own schema rejects (the vendor's defect, reported, not fixed). Found
// by the spec lint (specs/lint/find-doc-defects.ts), kept as data in generated/doc-defects.ts; the results model
// carries each in words (reports/results-model.ts, ReportedDocDefect).

/** Where the failing example is, what is wrong in it, and which documents it comes from. */
export interface DocDefect {
  readonly spec: string;
  readonly operation: string;
  readonly part: 'request' | 'response';
  readonly example: string;
  /** JSON pointer inside the example value. */
  readonly pointer: string;
  /** JSON pointer to the same place inside the spec file. */
  readonly specPointer: string;
  readonly keyword: string;
  /** The offending value when it is a scalar. */
  readonly value?: string | number | boolean | null;
  /** The validator's finding in plain words. */
  readonly why: string;
  readonly docs: readonly string[];
}
