// Doc conflicts met (the vendor's artifacts disagree; accepted, their own severity) and the response fields the
// spec does not know (drift, informational).

import { badge, count, mount, note, row, table } from './dom.ts';
import { docTitle, type Page } from './page.ts';

/** Renders the doc-conflicts and unknown-fields sections. */
export function renderObservations(page: Page): void {
  const met = page.P.docConflictsMet || [], fields = page.P.unknownFields || [];
  count('conflicts', String(met.length));
  if (!met.length) note('conflicts-body', 'No answer met a recorded doc conflict.');
  else {
    note('conflicts-body', 'The vendor\u2019s own artifacts disagree here; the suite accepted every form they show. Not failures.');
    mount('conflicts-body', table(['conflict', 'where', 'what the spec records', 'sources', 'met at', 'shown', 'times', 'targets'],
      met.flatMap((c) => c.seen.map((s) => row([badge('doc conflict', 'conflict'), `${c.product} ${c.where}`, c.says, c.sources.map((id) => docTitle(page, id)).join('; '),
        `${s.operation} ${s.path}`, s.shown, s.count, s.targets.join(', ')])))));
  }
  count('fields', String(fields.length));
  if (!fields.length) note('fields-body', 'Every response field answered is one the spec knows on this site.');
  else {
    note('fields-body', 'Drift, informational: the vendor adds response fields without a version bump. Not failures; with a baseline, a field not seen before is listed as new-unknown-field drift.');
    mount('fields-body', table(['operation', 'field', 'times', 'targets'], fields.map((f) => row([f.operation, f.path, f.count, f.targets.join(', ')]))));
  }
}
