// The blueprints and CVM images of one region of the default world: one resource for every documented situation.
import type { Blueprint, CvmImage, ShareEntry } from './world.ts';
import { ACCOUNTS, FILLER_ACCOUNTS, blueprintIdOf, imageIdOf, type BlueprintSlug, type ImageSlug } from './default-ids.ts';

const CREATED = '2024-03-01T08:00:00Z';
const SHARED_AT = '2024-03-02T08:00:00Z';
const R = ACCOUNTS.recipients;

function shares(...accounts: readonly string[]): ShareEntry[] {
  return accounts.map((accountId) => ({ accountId, createdTime: SHARED_AT }));
}

function blueprint(region: string, slug: BlueprintSlug, extra: Partial<Blueprint> = {}): Blueprint {
  return {
    id: blueprintIdOf(region, slug), owner: ACCOUNTS.caller, region, type: 'PRIVATE', state: 'NORMAL', occupied: false,
    operationInProgress: false, latestOperationUnfinished: false, modifyingShare: false, shares: [], sourceImageId: null,
    name: `mock-${slug}`, platform: 'CENTOS', platformType: 'LINUX_UNIX', osName: 'CentOS 7.9 64bit', createdTime: CREATED,
    failWith: null, ...extra,
  };
}

function image(region: string, slug: ImageSlug, extra: Partial<CvmImage> = {}): CvmImage {
  return {
    id: imageIdOf(region, slug), owner: ACCOUNTS.caller, region, type: 'PRIVATE_IMAGE', state: 'NORMAL', source: 'CREATE_IMAGE',
    licenseType: 'TencentCloud', encrypted: false, instanceImage: false, cloudInit: true, platform: 'CentOS',
    osName: 'CentOS 7.9 64bit', architecture: 'x86_64', name: `mock-${slug}`, description: `default world image ${slug}`,
    sizeGb: 20, createdTime: CREATED, busy: false, shares: [], lighthouseBlueprintId: null, failWith: null, ...extra,
  };
}

/** The blueprints of `region`: the caller's fixture blueprint, then one per refusal. */
export function defaultBlueprints(region: string): Blueprint[] {
  const b = (slug: BlueprintSlug, extra?: Partial<Blueprint>) => blueprint(region, slug, extra);
  return [
    b('main'),
    b('public', { owner: null, type: 'PURE_OS', name: 'CentOS', osName: 'CentOS 7.9 64bit' }),
    b('foreign', { owner: ACCOUNTS.other }),
    b('sharein', { owner: ACCOUNTS.other, shares: shares(ACCOUNTS.caller) }),
    b('syncing', { state: 'SYNCING' }),
    b('isolate', { state: 'ISOLATED' }),
    b('occupy', { occupied: true }),
    b('inprog', { operationInProgress: true }),
    b('unfinis', { latestOperationUnfinished: true }),
    b('modshar', { modifyingShare: true }),
    b('already', { shares: shares(R[12] as string) }),
    b('cancel', { shares: shares(R[12] as string, R[13] as string) }),
    b('quota', { shares: shares(ACCOUNTS.quotaFull) }),
    b('failshr', { failWith: 'FailedOperation.ShareBlueprintAcrossAccountFailed' }),
    b('failop', { failWith: 'FailedOperation' }),
    b('fromcvm', { type: 'SHARED', sourceImageId: imageIdOf(region, 'lhshare') }),
    b('lhcancl', { type: 'SHARED', sourceImageId: imageIdOf(region, 'lhcancl') }),
    b('lhinuse', { type: 'SHARED', sourceImageId: imageIdOf(region, 'lhinuse'), occupied: true }),
  ];
}

/** The CVM images of `region`: the fixture images, then one per refusal. */
export function defaultImages(region: string): CvmImage[] {
  const i = (slug: ImageSlug, extra?: Partial<CvmImage>) => image(region, slug, extra);
  return [
    i('main'),
    i('lhmain'),
    i('public', { owner: null, type: 'PUBLIC_IMAGE', source: 'OFFICIAL', name: 'CentOS 7.9 64bit', description: 'official image' }),
    i('foreign', { owner: ACCOUNTS.other }),
    i('sharein', { owner: ACCOUNTS.other, shares: shares(ACCOUNTS.caller) }),
    i('create', { state: 'CREATING' }),
    i('busy', { busy: true }),
    i('instanc', { instanceImage: true }),
    i('byol', { licenseType: 'BYOL' }),
    i('encrypt', { encrypted: true }),
    i('import', { source: 'EXTERNAL_IMPORT' }),
    i('noinit', { cloudInit: false }),
    i('freebsd', { platform: 'FreeBSD', osName: 'FreeBSD 13.1 64bit' }),
    i('full500', { shares: shares(...FILLER_ACCOUNTS) }),
    i('already', { shares: shares(R[12] as string) }),
    i('cancel', { shares: shares(R[12] as string, R[13] as string) }),
    i('lhshare', { lighthouseBlueprintId: blueprintIdOf(region, 'fromcvm') }),
    i('lhcancl', { lighthouseBlueprintId: blueprintIdOf(region, 'lhcancl') }),
    i('lhinuse', { lighthouseBlueprintId: blueprintIdOf(region, 'lhinuse') }),
    i('lhplain'),
    i('failq', { failWith: 'FailedOperation.QImageShareFailed' }),
    i('failr', { failWith: 'FailedOperation.RImageShareFailed' }),
    i('failimg', { failWith: 'FailedOperation.ImageOperationFailed' }),
    i('failreq', { failWith: 'FailedOperation.RequestError' }),
    i('failint', { failWith: 'InternalError.RequestError' }),
  ];
}
