// Renders generated/doc-defects.ts: the lint's doc defects as data, for reports.
import type { DocDefect } from '../specs/model/doc-defect.ts';
import { GENERATED_HEADER } from './generated-header.ts';
import { tsLiteral } from './ts-literal.ts';

/** The text of generated/doc-defects.ts. */
export function renderDocDefects(defects: readonly DocDefect[]): string {
  return `${GENERATED_HEADER}
// Documented examples their own schema rejects, found by the spec lint (npm run lint:specs): the vendor's
// defects, kept as data so reports can show them without running the lint.

import type { DocDefect } from '../specs/model/doc-defect.ts';

export type { DocDefect };

/** Every doc defect, in spec file and operation order. */
export const docDefects: readonly DocDefect[] = ${tsLiteral(defects)};
`;
}
