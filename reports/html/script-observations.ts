// Page script, part 8: doc conflicts met (the vendor's artifacts disagree; accepted, their own severity) and the
// response fields the spec does not know (drift, informational).

/** JavaScript: the doc-conflicts and unknown-fields sections. */
export const scriptObservations = String.raw`
(function observationSections() {
  var met = P.docConflictsMet || [], fields = P.unknownFields || [];
  count('conflicts', String(met.length));
  if (!met.length) note('conflicts-body', 'No answer met a recorded doc conflict.');
  else {
    note('conflicts-body', 'The vendor\u2019s own artifacts disagree here; the suite accepted every form they show. Not failures.');
    mount('conflicts-body', table(['conflict', 'where', 'what the spec records', 'sources', 'met at', 'shown', 'times', 'targets'],
      [].concat.apply([], met.map(function (c) {
        return c.seen.map(function (s) { return row([badge('doc conflict', 'conflict'), c.product + ' ' + c.where, c.says, c.sources.map(docTitle).join('; '), s.operation + ' ' + s.path, s.shown, s.count, s.targets.join(', ')]); });
      }))));
  }
  count('fields', String(fields.length));
  if (!fields.length) note('fields-body', 'Every response field answered is one the spec knows on this site.');
  else {
    note('fields-body', 'Drift, informational: the vendor adds response fields without a version bump. Not failures; with a baseline, a field not seen before is listed as new-unknown-field drift.');
    mount('fields-body', table(['operation', 'field', 'times', 'targets'], fields.map(function (f) { return row([f.operation, f.path, f.count, f.targets.join(', ')]); })));
  }
})();
`;
