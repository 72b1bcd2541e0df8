/** TypeBox schemas of the delegable-item library (委托检查事项清单库). */
import { Type, type TSchema } from 'typebox';
import { IsoDateString, Obj, PagingQuery } from '../../server/schemas.ts';
import { DepartmentCode, ItemCode } from '../catalog/index.ts';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Ref = Obj({ code: Type.String(), name: Type.String() });
const Note = Type.String({ minLength: 1, maxLength: 1000, description: '备注（委托范围、结果反馈方式等） Note' });

export const DelegationStatus = Type.Union([Type.Literal('active'), Type.Literal('withdrawn')], { description: 'active 有效 / withdrawn 已撤回' });

export const DelegationCreateBody = Obj({
  department: DepartmentCode,
  item: ItemCode,
  delegate: DepartmentCode,
  validFrom: IsoDateString,
  validUntil: Type.Optional(IsoDateString),
  note: Type.Optional(Note),
});

export const DelegationChangeBody = Obj({
  validUntil: Nullable(IsoDateString),
  note: Nullable(Note),
});

export const WithdrawBody = Obj({ reason: Type.String({ minLength: 1, maxLength: 1000, description: '撤回理由 Reason' }) });
export const DelegationId = Obj({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) });

export const DelegationView = Obj({
  id: Type.Integer(),
  item: Obj({ code: Type.String(), name: Type.String(), legalBasis: Type.String() }),
  owner: Ref,
  delegate: Ref,
  validFrom: Type.String(),
  validUntil: Nullable(Type.String()),
  status: DelegationStatus,
  note: Nullable(Type.String()),
  createdAt: Type.String(),
  withdrawnAt: Nullable(Type.String()),
  withdrawalReason: Nullable(Type.String()),
});

export const PublicDelegationView = Obj({
  item: Obj({ code: Type.String(), name: Type.String(), legalBasis: Type.String() }),
  owner: Ref,
  delegate: Ref,
  validFrom: Type.String(),
  validUntil: Nullable(Type.String()),
  note: Nullable(Type.String()),
});

export const DelegationListQuery = Obj({
  ...PagingQuery,
  status: Type.Optional(Type.Union([DelegationStatus, Type.Literal('all')], { default: 'active' })),
  department: Type.Optional(DepartmentCode),
  delegate: Type.Optional(DepartmentCode),
});

export const PublicDelegationQuery = Obj({ ...PagingQuery, department: Type.Optional(DepartmentCode), delegate: Type.Optional(DepartmentCode) });
