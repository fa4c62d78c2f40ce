// Readers-writer locks over named resources, granted all at once and first come first served: a case waits
// until every key it needs is free in its mode, so two cases that touch the same fixture resource never
// interleave, and no case can hold one key while waiting for another (no deadlock).

/** How a case uses a resource: `exclusive` when it may change it or reads state that another case changes. */
export type LockMode = 'shared' | 'exclusive';

/** One key a case needs. */
export interface LockClaim {
  readonly key: string;
  readonly mode: LockMode;
}

interface Waiter {
  readonly holder: string;
  readonly claims: readonly LockClaim[];
  readonly grant: () => void;
}

/** The lock table; pure bookkeeping, no I/O (the broker puts it on loopback HTTP). */
export interface LockTable {
  /** Resolves once `holder` holds every claim. */
  readonly acquire: (holder: string, claims: readonly LockClaim[]) => Promise<void>;
  /** Releases everything `holder` holds (or stops it waiting); unknown holders are ignored. */
  readonly release: (holder: string) => void;
  /** True while someone holds `key` exclusively. */
  readonly heldExclusively: (key: string) => boolean;
  /** Holders now, for diagnostics. */
  readonly holders: () => string[];
}

/** A new, empty lock table. */
export function createLockTable(): LockTable {
  const shared = new Map<string, Set<string>>();
  const exclusive = new Map<string, string>();
  const held = new Map<string, readonly LockClaim[]>();
  const queue: Waiter[] = [];

  const fits = (claims: readonly LockClaim[]): boolean => claims.every((c) =>
    !exclusive.has(c.key) && (c.mode === 'shared' || (shared.get(c.key)?.size ?? 0) === 0));

  const take = (holder: string, claims: readonly LockClaim[]): void => {
    for (const c of claims) {
      if (c.mode === 'exclusive') exclusive.set(c.key, holder);
      else shared.set(c.key, (shared.get(c.key) ?? new Set()).add(holder));
    }
    held.set(holder, claims);
  };

  // First come first served: a waiter is granted only if every earlier waiter whose keys overlap its own is
  // granted too, so a stream of shared claims cannot starve an exclusive one.
  const pump = (): void => {
    const blocked = new Set<string>();
    for (let i = 0; i < queue.length; ) {
      const w = queue[i] as Waiter;
      const keys = w.claims.map((c) => c.key);
      if (!keys.some((k) => blocked.has(k)) && fits(w.claims)) {
        queue.splice(i, 1);
        take(w.holder, w.claims);
        w.grant();
        continue;
      }
      for (const k of keys) blocked.add(k);
      i += 1;
    }
  };

  return {
    acquire: (holder, claims) => new Promise<void>((grant) => {
      const unique = dedupe(claims);
      if (unique.length === 0) return grant();
      queue.push({ holder, claims: unique, grant });
      pump();
    }),
    release: (holder) => {
      const waiting = queue.findIndex((w) => w.holder === holder);
      if (waiting >= 0) queue.splice(waiting, 1);
      for (const c of held.get(holder) ?? []) {
        if (c.mode === 'exclusive' && exclusive.get(c.key) === holder) exclusive.delete(c.key);
        else shared.get(c.key)?.delete(holder);
      }
      held.delete(holder);
      pump();
    },
    heldExclusively: (key) => exclusive.has(key),
    holders: () => [...held.keys()],
  };
}

// One claim per key; exclusive wins over shared for the same key.
function dedupe(claims: readonly LockClaim[]): LockClaim[] {
  const byKey = new Map<string, LockClaim>();
  for (const c of claims) if (byKey.get(c.key)?.mode !== 'exclusive') byKey.set(c.key, c);
  return [...byKey.values()];
}
