// effect_is_what_it_names: a share or cancel changes the share state of the named accounts on the named resource
// and nothing else. Judged on full read-backs of the fixture resources: once the case's own changes are undone,
// every other share of that resource and of the other fixture resources must be as it was before. A share the accepted
// requests named that is still there is their own effect (its undo met a fault, which errors the case), not this.

import { finding, type Finding } from './finding.ts';
import { changeOf, citeRequests, culpritOf, type ShareReadBack } from './share-read-back.ts';

/** A finding when a case that had accepted requests left the fixture resources' shares other than it found them. */
export function effectIsWhatItNames(r: ShareReadBack): Finding[] {
  const accepted = r.requests.filter((q) => !q.refused);
  const change = changeOf(r, accepted);
  if (accepted.length === 0 || change === '') return [];
  return [finding({
    check: 'effect_is_what_it_names', severity: 'critical', operation: culpritOf(r, accepted), docs: r.docs,
    title: 'An accepted request changed shares it did not name',
    detail: `After undoing exactly what the accepted requests named (${citeRequests(accepted)}), the fixture resources' shares differ from before: ${change}.`,
  })];
}
