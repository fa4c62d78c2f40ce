// Reads share state back through the observer actions: who a blueprint or image is shared with, and which
// Lighthouse blueprint a CVM image became. Used by state cases and to protect shares that predate a run.

import { operationByKey } from '../../generated/operations.ts';
import type { Sent, TargetClient } from './target-client.ts';
import { offeredOnSite } from '../../generated/site-contracts.ts';
import { unreadable } from './site-reasons.ts';

/** The observer's answer, or the reason there is none. */
export type ReadBack<T> = { readonly ok: true; readonly value: T; readonly sent: Sent[] }
  | { readonly ok: false; readonly why: string; readonly code?: string; readonly sent: Sent[]; /** The site offers no observer for it. */ readonly unavailable?: true };

const PAGE = 100;

/** Accounts a Lighthouse blueprint is shared with (DescribeBlueprintsShareAcrossAccountInfos, all pages). */
export async function blueprintShares(client: TargetClient, region: string, blueprintId: string): Promise<ReadBack<string[]>> {
  const op = operationByKey('lighthouse.DescribeBlueprintsShareAcrossAccountInfos');
  if (client.site !== undefined && !offeredOnSite(op.key, client.site)) return { ok: false, why: unreadable(op.key, client.site), unavailable: true, sent: [] };
  return paginate(client, region, op, (offset) => ({ BlueprintIds: [blueprintId], Offset: offset, Limit: PAGE }),
    (r) => ({ items: list(r['BlueprintShareAcrossAccountInfoSet']).filter((i) => i['BlueprintId'] === blueprintId).map((i) => String(i['AccountId'])), total: Number(r['TotalCount'] ?? 0) }));
}

/** Accounts a CVM image is shared with (DescribeImageSharePermission). */
export async function imageShares(client: TargetClient, region: string, imageId: string): Promise<ReadBack<string[]>> {
  const sent = await client.call({ operation: operationByKey('cvm.DescribeImageSharePermission'), params: { ImageId: imageId }, region });
  const env = sent.envelope;
  if (env.kind !== 'success') return { ok: false, why: env.kind === 'error' ? `${env.code}: ${env.message}` : env.problem, ...(env.kind === 'error' ? { code: env.code } : {}), sent: [sent] };
  return { ok: true, value: list(env.fields['SharePermissionSet']).map((i) => String(i['AccountId'])), sent: [sent] };
}

/** The Lighthouse blueprints (ID and state) made from CVM image `imageId` (DescribeBlueprints, all pages). */
export async function blueprintsFromImage(client: TargetClient, region: string, imageId: string): Promise<ReadBack<string[]>> {
  const op = operationByKey('lighthouse.DescribeBlueprints');
  return paginate(client, region, op, (offset) => ({ Offset: offset, Limit: PAGE }),
    (r) => ({ items: list(r['BlueprintSet']).filter((b) => b['ImageId'] === imageId).map((b) => String(b['BlueprintId'])), total: Number(r['TotalCount'] ?? 0) }));
}

async function paginate(client: TargetClient, region: string, op: ReturnType<typeof operationByKey>,
  params: (offset: number) => Record<string, unknown>, pick: (r: Record<string, unknown>) => { items: string[]; total: number }): Promise<ReadBack<string[]>> {
  const sent: Sent[] = [];
  const items: string[] = [];
  for (let offset = 0, page = 0; page < 50; page++, offset += PAGE) {
    const s = await client.call({ operation: op, params: params(offset), region });
    sent.push(s);
    if (s.envelope.kind !== 'success') return { ok: false, why: s.envelope.kind === 'error' ? `${s.envelope.code}: ${s.envelope.message}` : s.envelope.problem, ...(s.envelope.kind === 'error' ? { code: s.envelope.code } : {}), sent };
    const got = pick(s.envelope.fields);
    items.push(...got.items);
    if (offset + PAGE >= got.total) break;
  }
  return { ok: true, value: items, sent };
}

function list(v: unknown): Record<string, unknown>[] {
  return Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null) : [];
}
