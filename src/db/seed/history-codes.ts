/**
 * The seeded history's inspection codes, set-based. Issuing them one by one with the filings
 * module's `issueFilingCode` costs six queries a filing (ten seconds for the demo county); this
 * builds each code's content from the rows just written exactly as `issueFilingCode` does (the
 * filing's department; its items by code with their legal basis summarised; its inspectors by user
 * id with their latest certificate; the filed date as the window), signs it with the codes module's
 * active key and `signCode` at the instant the filing was accepted, and inserts the codes in batches.
 * test/integration/seed-demo.test.ts re-issues a sample with `issueFilingCode` at the same instant
 * and requires byte-identical tokens (Ed25519 signatures are deterministic).
 */
import type { Transaction } from 'kysely';
import type { Config } from '../../config.ts';
import { signCode, summariseLegalBasis } from '../../domain/codes/index.ts';
import { activeSigningKey, tokenHash } from '../../modules/codes/index.ts';
import type { Deps } from '../../modules/deps.ts';
import type { Database } from '../connection.ts';
import type { DB } from '../schema.ts';

export interface CodeSubject {
  filingId: number;
  uscc: string;
  department: { code: string; name: string };
  items: { code: string; name: string; legalBasis: string }[];
  inspectorIds: number[];
  date: string;
  acceptedAt: Date;
}

export async function issueHistoryCodes(trx: Transaction<DB>, config: Config, subjects: readonly CodeSubject[], coordinator: number): Promise<number> {
  if (subjects.length === 0) return 0;
  const first = subjects[0].acceptedAt;
  const deps: Deps = { db: trx as unknown as Database, config, now: () => first };
  const key = await activeSigningKey(deps, trx, { userId: coordinator, label: 'coordinator' });
  const ids = [...new Set(subjects.flatMap((s) => s.inspectorIds))];
  const people = await trx
    .selectFrom('users as u')
    .where('u.id', 'in', ids)
    .select(['u.id', 'u.display_name', (eb) => eb.selectFrom('inspector_certificates as c').whereRef('c.user_id', '=', 'u.id').select('c.number').orderBy('c.valid_until', 'desc').limit(1).as('certificate_number')])
    .execute();
  const person = new Map(people.map((p) => [p.id, p]));
  const rows = subjects.flatMap((s) => {
    const items = [...s.items].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    const team = [...s.inspectorIds].sort((a, b) => a - b).flatMap((id) => {
      const p = person.get(id);
      return p?.certificate_number ? [{ name: p.display_name, certificateNumber: p.certificate_number }] : [];
    });
    if (items.length === 0 || team.length === 0) return [];
    const issuedAt = new Date(Math.floor(s.acceptedAt.getTime() / 1000) * 1000);
    const token = signCode(
      {
        subject: { kind: 'inspection', id: s.filingId },
        enterpriseUscc: s.uscc,
        departments: [s.department],
        inspectors: team,
        items: items.map((i) => ({ code: i.code, name: i.name })),
        legalBasis: summariseLegalBasis(items.map((i) => i.legalBasis)),
        validFrom: s.date,
        validTo: s.date,
        issuedAt: issuedAt.toISOString(),
      },
      key.privateKey,
      key.id,
    );
    return [{ subject_kind: 'inspection' as const, subject_id: s.filingId, key_id: key.id, token, token_hash: tokenHash(token), valid_from: s.date, valid_to: s.date, issued_at: issuedAt, issued_by: coordinator }];
  });
  for (let i = 0; i < rows.length; i += 500) await trx.insertInto('inspection_codes').values(rows.slice(i, i + 500)).execute();
  return rows.length;
}
