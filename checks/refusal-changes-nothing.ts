// refusal_changes_nothing: a mutating request answered with an error leaves the share state as it was. Judged on
// full read-backs of the fixture resources before and after a case whose mutating requests were all refused.

import { finding, type Finding } from './finding.ts';
import { changeOf, citeRequests, culpritOf, type ShareReadBack } from './share-read-back.ts';

/** A finding when only refused requests ran and the fixture resources' shares changed anyway. */
export function refusalChangesNothing(r: ShareReadBack): Finding[] {
  const refused = r.requests.filter((q) => q.refused);
  const change = changeOf(r);
  if (refused.length === 0 || refused.length < r.requests.length || change === '') return [];
  return [finding({
    check: 'refusal_changes_nothing', severity: 'critical', operation: culpritOf(r, refused), docs: r.docs,
    title: 'A refused request changed the share state',
    detail: `Every mutating request was refused (${citeRequests(refused)}), yet the fixture resources' shares differ from before: ${change}.`,
  })];
}
