// The model-conformance part of the terminal summary (pure): every gating difference, every informational one
// except the SDK's all-responses-optional convention, which is summed up per action so the real ones stand out.

import type { ModelReport } from '../model/model-conformance.ts';
import type { ModelDifference } from '../model/model-difference.ts';

/** Lines describing `report`. */
export function formatModelReport(report: ModelReport): string[] {
  if (report.problems.length > 0) return ['Model conformance: not comparable', ...report.problems.map((p) => `  ${p}`)];
  const gating = report.differences.filter((d) => d.gating);
  const info = report.differences.filter((d) => !d.gating);
  const optional = info.filter((d) => d.kind === 'optionality' && d.part === 'response');
  const shown = info.filter((d) => !optional.includes(d));
  const failing = report.assertions.filter((a) => !a.ok);
  const lines = [`Model conformance (SDK .d.ts vs generated/types.ts): ${gating.length} gating, ${info.length} informational difference(s); `
    + `${report.assertions.length - failing.length}/${report.assertions.length} assignability assertions hold`];
  for (const a of report.absent ?? []) lines.push(`  GATE ${a.operation} ${a.part}: ${a.name} not in ${a.side === 'sdk' ? "the SDK's models" : 'generated/types.ts'}; not compared`);
  for (const d of gating) lines.push(`  GATE ${line(d)}`);
  for (const d of shown) lines.push(`  info ${line(d)}`);
  const byOp = new Map<string, string[]>();
  for (const d of optional) byOp.set(d.operation, [...(byOp.get(d.operation) ?? []), d.path]);
  for (const [op, paths] of byOp) lines.push(`  info ${op} response: ${paths.length} field(s) optional in the SDK, always present per the spec (${paths.slice(0, 4).join(', ')}${paths.length > 4 ? ', …' : ''})`);
  const ops = [...new Set(report.assertions.map((a) => a.operation))];
  for (const op of ops) {
    const mine = report.assertions.filter((a) => a.operation === op);
    const cell = (part: string) => mine.filter((a) => a.part === part).map((a) => `${a.direction} ${a.ok ? 'ok' : `fails (${properties(a.message ?? '')})`}`).join(', ');
    lines.push(`  assignability ${op}: request ${cell('request')}; response ${cell('response')}`);
  }
  return lines;
}

/** The property names a compiler message blames (`Types of property 'X'`, `Property 'X' is missing`). */
function properties(message: string): string {
  const names = [...message.matchAll(/[Pp]roperty '([^']+)'/g)].map((m) => m[1]);
  return names.length > 0 ? names.join('.') : message.slice(0, 80);
}

function line(d: ModelDifference): string {
  return `${d.operation} ${d.part} ${d.path} [${d.kind}]: spec ${d.spec}; SDK ${d.sdk} (${d.reason})`;
}
