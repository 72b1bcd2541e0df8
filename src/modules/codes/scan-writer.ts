/**
 * Group commit of the scan log. Every verification waits until its own row is written (an answered
 * check is always logged), but rows that arrive while a write is in flight go together in the next
 * one: one INSERT and one commit for many scans. A lone scan is written at once, with no added delay;
 * under load the commits (fsync on PostgreSQL) no longer bound the verify route's throughput.
 */
import type { Database } from '../../db/connection.ts';
import { insertScans, type ScanRow } from './repository.ts';

/** Rows per statement at most (each row is a handful of parameters). */
const MAX_BATCH = 500;

interface Pending {
  row: ScanRow;
  resolve: () => void;
  reject: (error: unknown) => void;
}

class ScanWriter {
  private queue: Pending[] = [];
  private writing = false;

  constructor(private readonly db: Database) {}

  append(row: ScanRow): Promise<void> {
    const done = new Promise<void>((resolve, reject) => this.queue.push({ row, resolve, reject }));
    if (!this.writing) void this.drain();
    return done;
  }

  private async drain() {
    this.writing = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, MAX_BATCH);
        try {
          await insertScans(this.db, batch.map((p) => p.row));
          for (const p of batch) p.resolve();
        } catch (error) {
          for (const p of batch) p.reject(error);
        }
      }
    } finally {
      this.writing = false;
    }
  }
}

const writers = new WeakMap<Database, ScanWriter>();

/** Writes the scan (with others waiting at the same time); resolves once it is committed. */
export function logScan(db: Database, row: ScanRow): Promise<void> {
  let writer = writers.get(db);
  if (!writer) writers.set(db, (writer = new ScanWriter(db)));
  return writer.append(row);
}
