/** TypeBox schemas of the code routes. */
import { Type, type TSchema } from 'typebox';
import { CODE_LIMITS } from '../../domain/codes/index.ts';
import { Obj } from '../../server/schemas.ts';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const CodeName = Obj({ code: Type.String(), name: Type.String() });

export const TokenParams = Obj({ token: Type.String({ minLength: 1, maxLength: CODE_LIMITS.tokenChars, description: '检查码 The inspection code (token text)' }) });

export const Reason = Type.Union([
  Type.Literal('MALFORMED_OR_FORGED'),
  Type.Literal('WRONG_ENTERPRISE'),
  Type.Literal('NOT_YET_VALID'),
  Type.Literal('EXPIRED'),
  Type.Literal('CANCELLED'),
  Type.Literal('SUPERSEDED'),
  Type.Literal('COMPLETED'),
  Type.Literal('NOT_ACTIVE'),
  Type.Literal('UNKNOWN_INSPECTION'),
]);

export const VerificationResponse = Obj(
  {
    valid: Type.Boolean(),
    reason: Nullable(Reason),
    message: Type.String({ description: '结论说明 What the answer means (zh-CN, or English with Accept-Language: en)' }),
    checkedOn: Type.String({ description: 'Date of the check (Beijing)' }),
    inspection: Nullable(
      Obj({
        kind: Type.Union([Type.Literal('inspection'), Type.Literal('joint_visit')]),
        id: Type.Integer(),
        enterprise: Obj({ uscc: Type.String(), name: Nullable(Type.String()) }),
        departments: Type.Array(CodeName),
        inspectors: Type.Array(Obj({ name: Type.String(), certificateNumber: Type.String() })),
        items: Type.Array(CodeName),
        legalBasis: Type.String(),
        validFrom: Type.String(),
        validTo: Type.String(),
        issuedAt: Type.String(),
        keyId: Type.Integer(),
      }),
    ),
  },
  { $id: 'CodeVerification' },
);

export const KeysResponse = Obj({
  algorithm: Type.Literal('Ed25519'),
  formatVersion: Type.Integer(),
  signingContext: Type.String({ description: 'Bytes prefixed to the token body before signing (base64url)' }),
  keys: Type.Array(
    Obj({
      id: Type.Integer(),
      algorithm: Type.String(),
      status: Type.Union([Type.Literal('active'), Type.Literal('retired'), Type.Literal('expired'), Type.Literal('revoked')]),
      publicKey: Type.String({ description: 'Raw 32-byte Ed25519 public key, base64url' }),
      jwk: Obj({ kty: Type.Literal('OKP'), crv: Type.Literal('Ed25519'), x: Type.String(), kid: Type.String(), alg: Type.Literal('EdDSA'), use: Type.Literal('sig') }),
      createdAt: Type.String(),
      retiredAt: Nullable(Type.String()),
      verifiesUntil: Nullable(Type.String()),
      revokedAt: Nullable(Type.String()),
    }),
  ),
});

export const RotateBody = Obj({
  revoke: Type.Optional(Type.Boolean({ description: '吊销当前密钥（泄露时） Revoke the current key (compromised)' })),
  reason: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })),
});

export const RotateResponse = Obj({
  keyId: Type.Integer(),
  retiredKeyId: Nullable(Type.Integer()),
  verifiesUntil: Nullable(Type.String()),
  revoked: Type.Boolean(),
  reissued: Type.Optional(Type.Integer({ description: '吊销后重新签发的检查码数 Codes issued again after a revocation' })),
});
