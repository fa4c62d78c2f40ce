// Model conformance on the installed SDK (the real differences) and on copies whose .d.ts are doctored.
import { afterAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { doctorSdk, DOCTORINGS, type DoctoredSdk } from '../testing/doctor-sdk.ts';
import { modelConformance } from './model-conformance.ts';

const installed = dirname(createRequire(import.meta.url).resolve('tencentcloud-sdk-nodejs/package.json'));
const copies: DoctoredSdk[] = [];
afterAll(() => copies.forEach((c) => c.remove()));

describe('model conformance of the installed SDK', () => {
  const report = modelConformance(installed);
  const find = (operation: string, part: string, path: string, kind?: string) =>
    report.differences.find((d) => d.operation === operation && d.part === part && d.path === path && (kind === undefined || d.kind === kind));

  it('passes: no gating difference, nothing unreadable', () => {
    expect(report.problems).toEqual([]);
    expect(report.differences.filter((d) => d.gating)).toEqual([]);
    expect(report.failing).toBe(false);
  });
  it('lists the nullable BlueprintId of lighthouse ModifyImageSharePermission, and the other nullable fields', () => {
    expect(find('lighthouse.ModifyImageSharePermission', 'response', 'BlueprintId', 'nullable')).toMatchObject({ kind: 'nullable', spec: 'nullable', gating: false });
    expect(find('lighthouse.ModifyImageSharePermission', 'response', 'BlueprintId', 'nullable')?.sdk).toMatch(/doc comment: may be null/);
    for (const path of ['BlueprintSet[].Description', 'BlueprintSet[].CreatedTime', 'BlueprintSet[].DockerVersion']) {
      expect(find('lighthouse.DescribeBlueprints', 'response', path, 'nullable'), path).toMatchObject({ spec: 'nullable', gating: false });
    }
    expect(find('cvm.DescribeImages', 'response', 'ImageSet[].SyncPercent', 'nullable')).toBeDefined();
  });
  it('lists Permission typed as string where the spec has SHARE | CANCEL, and the optional response fields', () => {
    for (const op of ['lighthouse.ModifyImageSharePermission', 'cvm.ModifyImageSharePermission']) expect(find(op, 'request', 'Permission', 'enum')).toMatchObject({ kind: 'enum', sdk: 'string', gating: false });
    expect(find('lighthouse.DescribeBlueprints', 'response', 'TotalCount', 'optionality')).toMatchObject({ kind: 'optionality', spec: 'required', sdk: 'optional' });
  });
  it('reports which assignability direction fails and why', () => {
    const modify = report.assertions.filter((a) => a.operation === 'lighthouse.ModifyImageSharePermission' && a.part === 'response');
    expect(modify.find((a) => a.direction === 'spec→sdk')).toMatchObject({ ok: false });
    expect(modify.find((a) => a.direction === 'spec→sdk')?.message).toMatch(/BlueprintId/);
    expect(report.assertions.find((a) => a.operation === 'lighthouse.ShareBlueprintAcrossAccounts' && a.part === 'request' && a.direction === 'spec→sdk')?.ok).toBe(true);
  });
});

describe('model conformance of doctored models', () => {
  it('gates a required request field the SDK dropped (and the compile check names the direction)', () => {
    const copy = doctorSdk(DOCTORINGS.modelDropsAccountIds);
    copies.push(copy);
    const report = modelConformance(copy.root);
    expect(report.failing).toBe(true);
    expect(report.differences.filter((d) => d.gating).map((d) => [d.operation, d.part, d.path, d.kind])).toEqual([['lighthouse.ShareBlueprintAcrossAccounts', 'request', 'AccountIds', 'missing']]);
    expect(report.assertions.find((a) => a.operation === 'lighthouse.ShareBlueprintAcrossAccounts' && a.part === 'request' && a.direction === 'sdk→spec')?.ok).toBe(false);
  });
  it('gates a type mismatch of a field both have', () => {
    const copy = doctorSdk([{ file: 'tencentcloud/services/cvm/v20170312/cvm_models.d.ts', find: '    ImageSize?: number;', replace: '    ImageSize?: string;' }]);
    copies.push(copy);
    const report = modelConformance(copy.root);
    expect(report.differences.filter((d) => d.gating).map((d) => [d.operation, d.path, d.kind, d.spec, d.sdk])).toEqual([['cvm.DescribeImages', 'ImageSet[].ImageSize', 'type', 'number', 'string']]);
  });
  it('reports an SDK without model files as every action absent on the SDK side, not a pass', () => {
    const report = modelConformance('/nonexistent-sdk-root');
    expect(report.failing).toBe(true);
    expect(report.problems).toEqual([]);
    expect(report.absent?.length).toBe(16);
    expect(report.absent?.every((a) => a.side === 'sdk' && /Cannot find module/.test(a.detail))).toBe(true);
  });
  it('compares per action: a request type the SDK lacks is that action\'s finding, every other action is still compared', () => {
    const copy = doctorSdk([{ file: 'tencentcloud/services/lighthouse/v20200324/lighthouse_models.d.ts', find: 'export interface DescribeBlueprintsRequest {', replace: 'export interface DescribeBlueprintsRequestRenamed {' }]);
    copies.push(copy);
    const report = modelConformance(copy.root);
    expect(report.problems).toEqual([]);
    expect(report.absent?.map((a) => [a.operation, a.part, a.side, a.name])).toEqual([['lighthouse.DescribeBlueprints', 'request', 'sdk', 'DescribeBlueprintsRequest']]);
    expect(report.failing).toBe(true);
    expect(report.assertions.some((a) => a.operation === 'lighthouse.DescribeBlueprints' && a.part === 'request')).toBe(false);
    expect(report.assertions.filter((a) => a.operation === 'lighthouse.DescribeBlueprints' && a.part === 'response')).toHaveLength(2);
    expect(report.differences.filter((d) => d.gating)).toEqual([]);
    expect(report.differences.some((d) => d.operation === 'lighthouse.DescribeBlueprints' && d.part === 'response')).toBe(true);
    expect(report.differences.some((d) => d.operation === 'lighthouse.ModifyImageSharePermission' && d.path === 'BlueprintId')).toBe(true);
  });
});
