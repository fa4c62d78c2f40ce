// The spec facts a results model cites, taken from the generated operations table and doc defects, and the
// documented statements no check judges from outside (checks/not-judged.ts).

import { commonErrorCodes, docConflicts, docSources, operations, protocolRules } from '../generated/operations.ts';
import { docDefects } from '../generated/doc-defects.ts';
import type { SpecContext } from './to-results-model.ts';
import { notJudged } from '../checks/not-judged.ts';

/** The SpecContext of the specs this build was generated from. */
export function specContext(): SpecContext {
  return {
    operations,
    commonErrorCodes,
    docSources: Object.fromEntries(Object.entries(docSources).map(([id, s]) => [id, s.title])),
    docConflicts,
    notJudged,
    ruleStatements: Object.fromEntries([...operations.flatMap((o) => o.rules), ...protocolRules].map((r) => [r.id, r.says])),
    docDefects: docDefects.map((d) => ({
      where: `${d.spec} · ${d.operation} · ${d.part} example "${d.example}" at ${d.pointer} (sources: ${d.docs.join(', ')})`,
      why: d.why,
    })),
  };
}
