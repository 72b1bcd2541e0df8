import { Type } from 'typebox';
import { Obj } from '../../server/schemas.ts';

export const DepartmentCode = Type.String({ pattern: '^[a-z][a-z0-9-]{1,31}$', description: 'Department code, e.g. scjg' });
export const ItemCode = Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,39}$', description: 'Item code, e.g. scjg-001' });
export const Mode = Type.Union([Type.Literal('onsite'), Type.Literal('offsite')]);
export const ItemStatus = Type.Union([Type.Literal('active'), Type.Literal('retired')], { description: 'active 在用 / retired 已停用' });

export const DepartmentView = Obj({ code: Type.String(), name: Type.String(), headName: Type.Union([Type.String(), Type.Null()]), itemCount: Type.Integer() });

export const ItemView = Obj({
  code: Type.String(),
  name: Type.String(),
  legalBasis: Type.String(),
  modes: Type.Array(Mode),
  delegable: Type.Boolean(),
  version: Type.Integer(),
  checklist: Type.Array(Obj({ id: Type.String(), text: Type.String() })),
  status: ItemStatus,
  department: Obj({ code: Type.String(), name: Type.String() }),
});

const itemFields = {
  name: Type.String({ minLength: 1, maxLength: 200 }),
  legalBasis: Type.String({ minLength: 1, maxLength: 2000 }),
  modes: Type.Array(Mode, { minItems: 1, maxItems: 2, uniqueItems: true }),
  delegable: Type.Boolean(),
  checklist: Type.Array(Type.String({ minLength: 1, maxLength: 500 }), { maxItems: 100 }),
};
export const ItemCreateBody = Obj({ code: ItemCode, ...itemFields });
export const ItemChangeBody = Obj(itemFields);

export const InspectorView = Obj({
  username: Type.String(),
  displayName: Type.String(),
  certificates: Type.Array(Obj({ number: Type.String(), issuedOn: Type.String(), validUntil: Type.String() })),
  training: Type.Array(Obj({ course: Type.String(), completedOn: Type.String(), hours: Type.Number(), validUntil: Type.Union([Type.String(), Type.Null()]) })),
  certificateValid: Type.Boolean(),
  trainingCurrent: Type.Boolean(),
  qualified: Type.Boolean({ description: 'Valid certificate and current training (R13)' }),
});

export const StatusChangeBody = Obj({ reason: Type.String({ minLength: 1, maxLength: 1000, description: '理由 Reason (kept in the item’s history and the audit trail)' }) });
export const StatusChangeView = Obj({ code: Type.String(), status: ItemStatus });

export const RetirementCandidatesView = Obj({
  department: Obj({ code: Type.String(), name: Type.String() }),
  years: Type.Integer({ description: 'The policy’s unused years (54号: 5)' }),
  cutoff: Type.String({ description: 'Items unused since this date or earlier are flagged' }),
  items: Type.Array(
    Obj({
      code: Type.String(),
      name: Type.String(),
      modes: Type.Array(Mode),
      lastUsedOn: Type.Union([Type.String(), Type.Null()], { description: 'Latest filed inspection or off-site check of the item' }),
      unusedSince: Type.String(),
    }),
  ),
});
