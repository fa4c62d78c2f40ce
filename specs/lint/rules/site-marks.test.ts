// The site-marks rule passes on the specs and fires on copies doctored in memory.
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../model/build-model.ts';
import { parseSpecFiles } from '../../model/parse-spec-files.ts';
import type { SpecModel } from '../../model/spec-model.ts';
import { specTexts } from '../../../generators/test-specs.ts';
import { siteMarks } from './site-marks.ts';

type Doc = Record<string, any>;
const parsed = parseSpecFiles(specTexts());
if (!parsed.ok) throw new Error(parsed.error.join('\n'));
const files = parsed.value;

function doctored(change: (docs: Record<string, Doc>) => void): SpecModel {
  const docs: Record<string, Doc> = Object.fromEntries(files.map((f) => [f.name, structuredClone(f.doc) as Doc]));
  change(docs);
  const model = buildModel(files.map((f) => ({ ...f, doc: docs[f.name] as Doc })));
  if (!model.ok) throw new Error(model.error.join('\n'));
  return model.value;
}
const fired = (model: SpecModel) => siteMarks.check(model).map((f) => f.message);
const blueprint = (d: Record<string, Doc>): Doc => d['lighthouse-2020-03-24.yaml']!['components']['schemas']['Blueprint']['properties'];

describe('site-marks', () => {
  it('passes on the specs', () => {
    expect(fired(doctored(() => {}))).toEqual([]);
  });

  it('fires on an unknown site, a nullable mark without null, an unknown conflict and a broken pattern', () => {
    expect(fired(doctored((d) => (blueprint(d)['BlueprintShared']['x-tc-sites'] = ['mars'])))).toEqual(['x-tc-sites must list sites among china, intl, not ["mars"]']);
    expect(fired(doctored((d) => (blueprint(d)['ImageId']['type'] = 'string')))).toEqual([
      'x-tc-nullable-sites on a schema that does not accept null (null is accepted on every site; the conflict is reported)',
    ]);
    expect(fired(doctored((d) => (blueprint(d)['ImageId']['x-tc-doc-conflict'] = 'nowhere')))).toEqual(["x-tc-doc-conflict nowhere is not in this product's x-tc-doc-conflicts"]);
    expect(fired(doctored((d) => (blueprint(d)['OsName']['x-tc-documented-pattern'] = '([')))).toEqual(['x-tc-documented-pattern "([" is not a regular expression']);
  });
});
