/**
 * The online look-up of a verification, batched: look-ups that arrive while one query is in flight
 * go together in the next (`token_hash in (…)`), one round trip for many. A lone look-up is sent at
 * once; each caller gets exactly the row it asked for, read after it asked.
 */
import type { Database } from '../../db/connection.ts';
import { lookupInspections } from './repository.ts';

type Found = Awaited<ReturnType<typeof lookupInspections>>[number];

const MAX_BATCH = 200;

interface Pending {
  hash: string;
  resolve: (row: Found | undefined) => void;
  reject: (error: unknown) => void;
}

class LookupBatcher {
  private queue: Pending[] = [];
  private busy = false;

  constructor(private readonly db: Database) {}

  load(hash: string): Promise<Found | undefined> {
    const done = new Promise<Found | undefined>((resolve, reject) => this.queue.push({ hash, resolve, reject }));
    if (!this.busy) void this.drain();
    return done;
  }

  private async drain() {
    this.busy = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, MAX_BATCH);
        try {
          const rows = await lookupInspections(this.db, [...new Set(batch.map((p) => p.hash))]);
          const byHash = new Map(rows.map((r) => [r.token_hash, r]));
          for (const p of batch) p.resolve(byHash.get(p.hash));
        } catch (error) {
          for (const p of batch) p.reject(error);
        }
      }
    } finally {
      this.busy = false;
    }
  }
}

const batchers = new WeakMap<Database, LookupBatcher>();

/** The issued code with this token hash and its inspection's state (see repository.lookupInspections). */
export function lookupInspection(db: Database, tokenHash: string): Promise<Found | undefined> {
  let b = batchers.get(db);
  if (!b) batchers.set(db, (b = new LookupBatcher(db)));
  return b.load(tokenHash);
}
