/**
 * Reference data (the working calendar, the policy versions) is read on every rule check but
 * changes a few times a year. Each process keeps what it built, keyed by the database handle and
 * labelled with the revision counter it was built from; every use reads the counter (one
 * primary-key look-up) and rebuilds when it moved. The counter is bumped in the transaction that
 * changes the data, so several `yqs serve` processes on one PostgreSQL stay consistent without
 * messaging, and tests with several databases in one process never share an entry.
 */
import type { Database } from '../../db/connection.ts';
import { readRevision, type RevisionName } from './repository.ts';

interface Entry<T> {
  revision: number;
  value: Promise<T>;
}

export interface RevisionCache<T> {
  /** Reads the revision, then serves or rebuilds. */
  get(db: Database): Promise<T>;
  /** With a revision the caller already read (readRevisions: one look-up for several caches). */
  at(db: Database, revision: number): Promise<T>;
}

export function revisionCache<T>(name: RevisionName, load: (db: Database) => Promise<T>): RevisionCache<T> {
  const entries = new WeakMap<Database, Entry<T>>();
  const cache: RevisionCache<T> = {
    get: async (db) => cache.at(db, await readRevision(db, name)),
    at(db, revision) {
      const hit = entries.get(db);
      // A request that read an older counter than the cached entry's is served the newer data.
      if (hit && hit.revision >= revision) return hit.value;
      const entry: Entry<T> = { revision, value: load(db) };
      entries.set(db, entry);
      entry.value.catch(() => {
        if (entries.get(db) === entry) entries.delete(db);
      });
      return entry.value;
    },
  };
  return cache;
}
