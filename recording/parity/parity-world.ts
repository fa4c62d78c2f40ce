// The world parity seeds the embedded mock with: the mock's default world (every documented situation), plus what
// the recording says about resources the default world lacks: the fixtures' caller, blueprint, image and
// recipients, and the share lists the observers answered first. A recording of the mock names only default-world
// resources, so it gets the default world itself; a live recording gets its own resources added (what the
// recording cannot tell, such as a resource's licence or quota, takes the mock's defaults, and shows as differences).

import { randomBytes } from 'node:crypto';
import { defaultWorld, type Account, type Blueprint, type CvmImage, type World } from '../../mock/index.ts';
import type { Recording } from '../read-recording.ts';
import { firstShares } from './first-shares.ts';

/** The parity world and a note per resource it had to add. */
export interface ParityWorld {
  readonly world: World;
  readonly notes: readonly string[];
}

const EPOCH = '2020-01-01T00:00:00Z';

/** Derives the world for `recording`. */
export function parityWorld(recording: Recording): ParityWorld {
  const base = defaultWorld();
  const notes: string[] = [];
  const accounts = new Map(base.accounts.map((a) => [a.id, a]));
  const images = new Map(base.images.map((i) => [i.id, i]));
  const blueprints = new Map(base.blueprints.map((b) => [b.id, b]));
  const caller = accounts.get(base.callerId) as Account;
  const site = recording.meta.fixtures.site ?? 'intl';
  const shares = firstShares(recording);
  let callerId = base.callerId;
  for (const [region, rf] of Object.entries(recording.meta.fixtures.regions)) {
    for (const p of [rf.lighthouse, rf.cvm]) {
      if (p === undefined) continue;
      const own = p.ownAccountId;
      if (own !== undefined && !accounts.has(own)) {
        accounts.set(own, { ...caller, id: own, site, credentials: freshKeys(own) });
        callerId = own;
        notes.push(`caller ${own} added with the default caller's settings and keys of its own`);
      }
      const owner = own ?? callerId;
      const sharedWith = (id: string | undefined) => (id === undefined ? [] : (shares.get(id) ?? []));
      for (const r of [...(p.recipientAccountIds ?? []), ...sharedWith(p.blueprintId), ...sharedWith(p.imageId)]) {
        if (!accounts.has(r)) accounts.set(r, { id: r, kind: 'root', site, credentials: [], shareQuota: 100, lighthouseRole: 'present', deniedActions: [] });
      }
      if (p.blueprintId !== undefined && !blueprints.has(p.blueprintId)) {
        blueprints.set(p.blueprintId, blueprint(p.blueprintId, owner, region, sharedWith(p.blueprintId)));
        notes.push(`blueprint ${p.blueprintId} added (PRIVATE, NORMAL) in ${region}`);
      }
      if (p.imageId !== undefined && !images.has(p.imageId)) {
        images.set(p.imageId, image(p.imageId, owner, region, sharedWith(p.imageId)));
        notes.push(`image ${p.imageId} added (PRIVATE_IMAGE, NORMAL) in ${region}`);
      }
    }
  }
  const regions = [...new Set([...base.regions, ...Object.keys(recording.meta.fixtures.regions)])];
  return { world: { ...base, name: 'parity', regions, callerId, accounts: [...accounts.values()], images: [...images.values()], blueprints: [...blueprints.values()] }, notes };
}

/** Every resource ID of `world` (the IDs both sides start from; any other resource ID in an answer was generated). */
export function worldIds(world: World): Set<string> {
  return new Set([...world.images.map((i) => i.id), ...world.blueprints.map((b) => b.id), ...world.images.flatMap((i) => (i.lighthouseBlueprintId ? [i.lighthouseBlueprintId] : []))]);
}

/** A permanent and a temporary key for an added caller (random: they only sign requests to the parity mock). */
function freshKeys(id: string): Account['credentials'] {
  const secret = () => randomBytes(16).toString('hex');
  return [{ secretId: `AKIDtcconformParity${id}`.padEnd(36, '0'), secretKey: secret() },
    { secretId: `AKIDtcconformParityTmp${id}`.padEnd(36, '0'), secretKey: secret(), token: secret() }];
}

function blueprint(id: string, owner: string, region: string, sharedWith: readonly string[]): Blueprint {
  return { id, owner, region, type: 'PRIVATE', state: 'NORMAL', occupied: false, operationInProgress: false, latestOperationUnfinished: false, modifyingShare: false,
    shares: sharedWith.map((accountId) => ({ accountId, createdTime: EPOCH })), sourceImageId: null, name: id, platform: 'CENTOS', platformType: 'LINUX_UNIX', osName: 'CentOS', createdTime: EPOCH, failWith: null };
}

function image(id: string, owner: string, region: string, sharedWith: readonly string[]): CvmImage {
  return { id, owner, region, type: 'PRIVATE_IMAGE', state: 'NORMAL', source: 'CREATE_IMAGE', licenseType: 'TencentCloud', encrypted: false, instanceImage: false, cloudInit: true,
    platform: 'CentOS', osName: 'CentOS', architecture: 'x86_64', name: id, description: '', sizeGb: 20, createdTime: EPOCH, busy: false,
    shares: sharedWith.map((accountId) => ({ accountId, createdTime: EPOCH })), lighthouseBlueprintId: null, failWith: null };
}
