/**
 * The jurisdiction's public keys, for anyone to verify codes offline: id, algorithm, the raw key
 * (base64url) and as a JWK (RFC 8037), and whether it signs now, still verifies, or no longer does.
 */
import { SIGNING_CONTEXT, CODE_FORMAT_VERSION } from '../../domain/codes/index.ts';
import { todayOf, type Deps } from '../deps.ts';
import { listKeys } from './repository.ts';

export type KeyStatus = 'active' | 'retired' | 'expired' | 'revoked';

const iso = (t: Date | string | null) => (t ? new Date(t).toISOString() : null);

export async function listPublicKeys(deps: Deps) {
  const today = todayOf(deps);
  const rows = await listKeys(deps.db);
  return {
    algorithm: 'Ed25519' as const,
    formatVersion: CODE_FORMAT_VERSION,
    signingContext: Buffer.from(SIGNING_CONTEXT).toString('base64url'),
    keys: rows.map((r) => {
      const x = Buffer.from(r.public_key).toString('base64url');
      const status: KeyStatus = r.revoked_at ? 'revoked' : !r.retired_at ? 'active' : r.verifies_until && r.verifies_until >= today ? 'retired' : 'expired';
      return {
        id: r.id,
        algorithm: r.algorithm,
        status,
        publicKey: x,
        jwk: { kty: 'OKP' as const, crv: 'Ed25519' as const, x, kid: String(r.id), alg: 'EdDSA' as const, use: 'sig' as const },
        createdAt: new Date(r.created_at).toISOString(),
        retiredAt: iso(r.retired_at),
        verifiesUntil: r.verifies_until,
        revokedAt: iso(r.revoked_at),
      };
    }),
  };
}
