// Page script, part 4: doc defects found by the spec lint and the run metadata (one column per run).

/** JavaScript: doc defects and metadata. */
export const scriptMeta = String.raw`
(function metaSections() {
  count('defects', String((P.docDefects || []).length));
  if (!(P.docDefects || []).length) note('defects-body', 'The spec lint found no doc defects.');
  else mount('defects-body', table(['where', 'why'], P.docDefects.map(function (d) { return row([d.where, d.why]); })));
  var fields = [['target', function (r) { return r.target.label; }], ['kind', function (r) { return r.target.kind; }], ['endpoint', function (r) { return r.target.endpoint; }],
    ['regions', function (r) { return r.regions.join(', '); }], ['started', function (r) { return r.startedAt; }], ['duration', function (r) { return (r.durationMs / 1000).toFixed(1) + ' s'; }],
    ['seed', function (r) { return r.seed; }], ['runs per property', function (r) { return r.runs; }], ['mutations', function (r) { return r.allowMutations ? 'allowed' : 'not allowed'; }],
    ['fixtures', function (r) { return r.fixturesSource; }], ['spec versions', function (r) { return Object.keys(r.specVersions).map(function (k) { return k + ' ' + r.specVersions[k]; }).join(', '); }],
    ['SDK (tencentcloud-sdk-nodejs)', function (r) { return r.sdkVersion; }], ['tcconform', function (r) { return r.toolVersion; }]];
  mount('meta-body', table([''].concat(P.runs.map(function (r, i) { return 'run ' + (i + 1); })), fields.map(function (f) { return row([f[0]].concat(P.runs.map(f[1]))); })));
  if (P.baseline) mount('meta-body', el('p', { text: 'Baseline: ' + P.baseline.source + ' (runs started ' + P.baseline.startedAt.join(', ') + ')' }));
  if (P.compaction) note('meta-body', 'Compacted: exchanges dropped from ' + P.compaction.exchangesDropped + ' case(s), ' + P.compaction.observedFolded + ' repeated observation(s) folded.');
  (P.unhandledErrors || []).forEach(function (e) { mount('meta-body', el('pre', { class: 'bad', text: 'Harness error: ' + e })); });
})();
`;
