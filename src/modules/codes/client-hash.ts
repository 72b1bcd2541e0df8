/**
 * The scan log keeps a keyed hash of the client address, never the address: HMAC-SHA256 under a
 * random server-side key (code_secrets), so a hash cannot be reversed by trying all IPv4 addresses,
 * yet repeated scans from one client can still be told apart from many clients.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { Database } from '../../db/connection.ts';
import { findSecret, insertSecret } from './repository.ts';

const SECRET = 'scan_client_key';
const keys = new WeakMap<Database, Promise<Buffer>>();

async function load(db: Database): Promise<Buffer> {
  let row = await findSecret(db, SECRET);
  if (!row) {
    await insertSecret(db, SECRET, randomBytes(32));
    row = await findSecret(db, SECRET);
  }
  if (!row) throw new Error('scan client key missing');
  return Buffer.from(row.value);
}

export async function clientHash(db: Database, ip: string): Promise<string> {
  let key = keys.get(db);
  if (!key) {
    key = load(db);
    keys.set(db, key);
    key.catch(() => keys.delete(db));
  }
  return createHmac('sha256', await key).update(ip).digest('hex');
}
