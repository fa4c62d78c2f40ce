// What the observers answered first about each resource's share list: the state before the run changed anything.

import type { Recording } from '../read-recording.ts';
import type { RecordedCall } from '../recording-format.ts';

/** Resource ID → the accounts it was shared with when an observer first read it. */
export function firstShares(recording: Recording): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const call of inTimeOrder(recording)) {
    const body = parse(call.response?.body);
    if (body === undefined) continue;
    if (call.call.operation === 'lighthouse.DescribeBlueprintsShareAcrossAccountInfos') {
      const ids = call.call.params['BlueprintIds'];
      for (const id of Array.isArray(ids) ? ids.map(String) : []) {
        if (out.has(id)) continue;
        out.set(id, list(body['BlueprintShareAcrossAccountInfoSet']).filter((i) => i['BlueprintId'] === id).map((i) => String(i['AccountId'])));
      }
    } else if (call.call.operation === 'cvm.DescribeImageSharePermission') {
      const id = String(call.call.params['ImageId']);
      if (!out.has(id)) out.set(id, list(body['SharePermissionSet']).map((i) => String(i['AccountId'])));
    }
  }
  return out;
}

/** Every call of the recording, ordered by when it was sent. */
export function inTimeOrder(recording: Recording): RecordedCall[] {
  const all = [...recording.cases.values()].flatMap((byCase) => [...byCase.values()].flat());
  return all.sort((a, b) => Date.parse(a.timings.startedAt) - Date.parse(b.timings.startedAt) || a.case.localeCompare(b.case) || a.n - b.n);
}

function parse(body: string | undefined): Record<string, unknown> | undefined {
  if (body === undefined) return undefined;
  try {
    const r = (JSON.parse(body) as { Response?: unknown }).Response;
    return typeof r === 'object' && r !== null && !('Error' in r) ? (r as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function list(v: unknown): Record<string, unknown>[] {
  return Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null) : [];
}
