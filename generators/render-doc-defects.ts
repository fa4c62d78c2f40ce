// Renders generated/doc-defects.ts: the lint's doc defects as data, for reports.
import type { DocDefect } from '../specs/lint/doc-defect.ts';
import { GENERATED_HEADER } from './generated-header.ts';
import { tsLiteral } from './ts-literal.ts';

/** The text of generated/doc-defects.ts. */
export function renderDocDefects(defects: readonly DocDefect[]): string {
  return `${GENERATED_HEADER}
// Documented examples their own schema rejects, found by the spec lint (npm run lint:specs): the vendor's
// defects, kept as data so reports can show them without running the lint.

/** Where a failing example is, what is wrong in it, and which documents it comes from. */
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
  readonly value?: string | number | boolean | null;
  readonly why: string;
  readonly docs: readonly string[];
}

/** Every doc defect, in spec file and operation order. */
export const docDefects: readonly DocDefect[] = ${tsLiteral(defects)};
`;
}
