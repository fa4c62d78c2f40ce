// The checks a schema cannot express: unique IDs, owners and share accounts that exist, resources in the world's
// regions, the caller usable, and the CVM image ↔ Lighthouse blueprint links agreeing in both directions.
import type { Blueprint, CvmImage, ShareEntry, World } from './world.ts';

/** A problem at a JSON pointer (the file is added by the caller). */
export interface ReferenceProblem {
  readonly pointer: string;
  readonly message: string;
}

/** Every reference problem of a schema-valid world, in document order. */
export function checkWorldReferences(world: World): ReferenceProblem[] {
  const out: ReferenceProblem[] = [];
  const accounts = new Set<string>();
  const secretIds = new Set<string>();
  world.accounts.forEach((a, i) => {
    if (accounts.has(a.id)) out.push({ pointer: `/accounts/${i}/id`, message: `account ${a.id} appears twice` });
    accounts.add(a.id);
    a.credentials.forEach((c, j) => {
      if (secretIds.has(c.secretId)) out.push({ pointer: `/accounts/${i}/credentials/${j}/secretId`, message: `secretId ${c.secretId} appears twice` });
      secretIds.add(c.secretId);
    });
  });
  const caller = world.accounts.find((a) => a.id === world.callerId);
  if (caller === undefined) out.push({ pointer: '/callerId', message: `no account ${world.callerId}` });
  else if (caller.credentials.length === 0) out.push({ pointer: '/callerId', message: `the caller ${caller.id} has no credentials` });
  const ctx = { world, accounts, out };
  world.images.forEach((image, i) => checkImage(ctx, image, `/images/${i}`));
  world.blueprints.forEach((b, i) => checkBlueprint(ctx, b, `/blueprints/${i}`));
  duplicates(world.images.map((x) => x.id), '/images', out);
  duplicates(world.blueprints.map((x) => x.id), '/blueprints', out);
  return out;
}

interface Ctx {
  readonly world: World;
  readonly accounts: ReadonlySet<string>;
  readonly out: ReferenceProblem[];
}

function checkImage(ctx: Ctx, image: CvmImage, at: string): void {
  common(ctx, image, at);
  if ((image.owner === null) !== (image.type === 'PUBLIC_IMAGE')) {
    ctx.out.push({ pointer: `${at}/owner`, message: 'public images (PUBLIC_IMAGE) and only they have owner null' });
  }
  const link = image.lighthouseBlueprintId;
  if (link === null) return;
  const b = ctx.world.blueprints.find((x) => x.id === link);
  if (b === undefined || b.sourceImageId !== image.id || b.region !== image.region || b.owner !== image.owner) {
    ctx.out.push({ pointer: `${at}/lighthouseBlueprintId`, message: `blueprint ${link} must exist in ${image.region}, belong to ${image.owner} and name ${image.id} as sourceImageId` });
  }
}

function checkBlueprint(ctx: Ctx, b: Blueprint, at: string): void {
  common(ctx, b, at);
  if (b.owner === null && (b.type === 'PRIVATE' || b.type === 'SHARED')) {
    ctx.out.push({ pointer: `${at}/owner`, message: `a ${b.type} blueprint needs an owner; public blueprints are APP_OS, PURE_OS, DOCKER or GAME_PORTAL` });
  }
  if (b.sourceImageId === null) return;
  const image = ctx.world.images.find((x) => x.id === b.sourceImageId);
  if (image === undefined || image.lighthouseBlueprintId !== b.id) {
    ctx.out.push({ pointer: `${at}/sourceImageId`, message: `image ${b.sourceImageId} must exist and name ${b.id} as lighthouseBlueprintId` });
  }
}

function common(ctx: Ctx, r: { owner: string | null; region: string; shares: readonly ShareEntry[] }, at: string): void {
  if (r.owner !== null && !ctx.accounts.has(r.owner)) ctx.out.push({ pointer: `${at}/owner`, message: `no account ${r.owner}` });
  if (!ctx.world.regions.includes(r.region)) ctx.out.push({ pointer: `${at}/region`, message: `${r.region} is not one of the world's regions (${ctx.world.regions.join(', ')})` });
  const seen = new Set<string>();
  r.shares.forEach((s, k) => {
    if (!ctx.accounts.has(s.accountId)) ctx.out.push({ pointer: `${at}/shares/${k}/accountId`, message: `no account ${s.accountId}` });
    if (s.accountId === r.owner) ctx.out.push({ pointer: `${at}/shares/${k}/accountId`, message: 'a resource is not shared with its owner' });
    if (seen.has(s.accountId)) ctx.out.push({ pointer: `${at}/shares/${k}/accountId`, message: `account ${s.accountId} appears twice` });
    seen.add(s.accountId);
  });
}

function duplicates(ids: readonly string[], at: string, out: ReferenceProblem[]): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) out.push({ pointer: `${at}/${i}/id`, message: `${id} appears twice` });
    seen.add(id);
  });
}
