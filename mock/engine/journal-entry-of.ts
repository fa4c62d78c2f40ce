// Builds the journal entry of one handled request, redacted with core's redaction plus every secret of the world.
import { redactString, redactWire } from '../../core/redact.ts';
import type { Params, WireRequest } from '../../core/types.ts';
import { processedOf, type Processed } from './processed.ts';
import { stateOf } from '../world/state.ts';
import type { JournalEntry } from '../journal/journal-entry.ts';

/** Bodies longer than this are cut in the journal (requests may carry up to 10 MB). */
export const JOURNAL_BODY_LIMIT = 16 * 1024;

/** What the engine knows about a request once it is answered. */
export interface HandledRequest {
  readonly seq: number;
  /** When it arrived, ms since the epoch (written as ISO 8601 when the entry is read). */
  readonly timeMs: number;
  readonly peer: string;
  readonly wire: WireRequest;
  readonly processed: Processed;
  readonly requestId: string | null;
  readonly durationMs: number;
  /** Every SecretKey and token of the world: scrubbed wherever they appear. */
  readonly secrets: readonly string[];
}

/** The wire request with its body cut to JOURNAL_BODY_LIMIT (done when recording, so big bodies are not kept). */
export function truncatedWire(wire: WireRequest): WireRequest {
  return wire.body.length > JOURNAL_BODY_LIMIT ? { ...wire, body: `${wire.body.slice(0, JOURNAL_BODY_LIMIT)}…(${wire.body.length} characters)` } : wire;
}

/** What a journal slot keeps of a processed request: no state, and no parameters of an oversized request. */
export function compactProcessed(processed: Processed, wire: WireRequest): Processed {
  const small = wire.body.length <= JOURNAL_BODY_LIMIT;
  const call = processed.call === undefined || small ? processed.call : { ...processed.call, params: { truncated: `${wire.body.length} characters` } };
  const context = { call, op: processed.op, accountId: processed.accountId, params: small ? processed.params : undefined };
  return processedOf({ answer: processed.answer, state: EMPTY_STATE, changed: processed.changed }, context, processed.faults, processed.drop);
}

const EMPTY_STATE = stateOf({ name: '', regions: [], callerId: '', accounts: [], images: [], blueprints: [] });

/** The redacted entry. */
export function journalEntryOf(h: HandledRequest): JournalEntry {
  const { processed: p } = h;
  const call = p.call;
  return {
    seq: h.seq,
    time: new Date(h.timeMs).toISOString(),
    peer: h.peer,
    ...(call ? { action: call.action, version: call.version, form: call.form, signMethod: call.signMethod } : {}),
    ...(call?.region !== undefined ? { region: call.region } : {}),
    ...(p.op ? { operation: p.op.key } : {}),
    ...(p.accountId ? { accountId: p.accountId } : {}),
    request: redactWire(truncatedWire(h.wire), h.secrets),
    ...(p.params ?? call?.params ? { params: redactParams((p.params ?? call?.params) as Params, h.secrets) } : {}),
    code: p.drop ? 'dropped' : p.answer.ok ? null : p.answer.code,
    requestId: p.drop ? null : h.requestId,
    stateChanged: p.changed,
    faults: p.faults,
    durationMs: h.durationMs,
  };
}

function redactParams(params: Params, secrets: readonly string[]): Params {
  try {
    const text = JSON.stringify(params);
    return text.length > JOURNAL_BODY_LIMIT ? { truncated: `${text.length} characters` } : (JSON.parse(redactString(text, secrets)) as Params);
  } catch {
    return { unreadable: true };
  }
}
