/** TypeBox schemas of merge proposals and joint visits. */
import { Type } from 'typebox';
import { FilingId } from '../filings/index.ts';
import { IsoDateString, Obj, PagingQuery } from '../../server/schemas.ts';

const Text = (max = 2000) => Type.String({ minLength: 1, maxLength: max });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Dept = Obj({ code: Type.String(), name: Type.String() });
const DeptCode = Type.String({ pattern: '^[a-z][a-z0-9-]{1,31}$', description: 'Department code' });
const Enterprise = Obj({ uscc: Type.String(), name: Type.String(), grade: Nullable(Type.String()) });
export const ProposalState = Type.Union([Type.Literal('proposed'), Type.Literal('accepted'), Type.Literal('rejected'), Type.Literal('expired')]);

export const Id = Obj({ id: FilingId });

export const RunBody = Obj({ from: IsoDateString, to: IsoDateString });
const Message = Obj({ zh: Type.String(), en: Type.String() });
export const RunView = Obj({
  runId: Type.Integer(),
  from: Type.String(),
  to: Type.String(),
  today: Type.String(),
  dueOn: Nullable(Type.String()),
  stats: Type.Record(Type.String(), Type.Number()),
  proposalIds: Type.Array(Type.Integer()),
  unscheduled: Type.Array(Obj({ filing: Type.String(), reason: Type.String(), message: Message })),
});

export const ProposalQuery = Obj({
  ...PagingQuery,
  state: Type.Optional(ProposalState),
  department: Type.Optional(DeptCode),
  from: Type.Optional(IsoDateString),
  to: Type.Optional(IsoDateString),
});

const ProposalFiling = Obj({
  id: Type.Integer(),
  department: Dept,
  by: Dept,
  plannedDate: Type.String(),
  windowEnd: Nullable(Type.String()),
  state: Type.String(),
  stateLabel: Type.String(),
  items: Type.Array(Type.String()),
  removed: Type.Boolean(),
});
export const ProposalView = Obj({
  id: Type.Integer(),
  state: ProposalState,
  enterprise: Enterprise,
  proposedDate: Type.String(),
  dueOn: Nullable(Type.String()),
  lead: Dept,
  departments: Type.Array(Dept),
  filings: Type.Array(ProposalFiling),
  createdAt: Type.String(),
  decidedAt: Nullable(Type.String()),
  decidedBy: Nullable(Type.String()),
  reason: Nullable(Type.String()),
  jointVisitId: Nullable(Type.Integer()),
});

export const AcceptBody = Obj({
  reason: Text(),
  date: Type.Optional(IsoDateString),
  leadDepartment: Type.Optional(DeptCode),
  removeFilings: Type.Optional(Type.Array(FilingId, { maxItems: 50, uniqueItems: true })),
  acceptFilings: Type.Optional(Type.Boolean({ description: '同时通过待县综合执法办审核的成员备案 Also accept the member filings awaiting review' })),
});
export const RejectBody = Obj({ reason: Text() });

export const VisitQuery = Obj({
  ...PagingQuery,
  department: Type.Optional(DeptCode),
  from: Type.Optional(IsoDateString),
  to: Type.Optional(IsoDateString),
});

export const VisitSummary = Obj({
  id: Type.Integer({ description: 'The lead filing id' }),
  date: Type.String(),
  enterprise: Enterprise,
  lead: Dept,
  departments: Type.Array(Dept),
  filingStates: Type.Array(Type.String()),
  accepted: Nullable(Obj({ by: Nullable(Type.String()), at: Nullable(Type.String()), reason: Type.String(), proposalId: Nullable(Type.Integer()) })),
  hasCode: Type.Boolean(),
});

export const VisitDetail = Obj({
  ...VisitSummary.properties,
  filings: Type.Array(Obj({ id: Type.Integer(), lead: Type.Boolean(), department: Dept, plannedDate: Type.String(), state: Type.String(), stateLabel: Type.String(), items: Type.Array(Type.String()) })),
  items: Type.Array(Obj({ code: Type.String(), name: Type.String(), legalBasis: Type.String(), version: Type.Integer(), frozen: Type.Boolean(), owner: Dept })),
  team: Type.Array(Obj({ username: Type.String(), displayName: Type.String(), certificateNumber: Nullable(Type.String()), certificateValidUntil: Nullable(Type.String()), department: Dept })),
  checklist: Type.Array(Obj({ key: Type.String(), text: Type.String(), items: Type.Array(Type.String()) })),
  codeReady: Type.Boolean(),
  code: Nullable(Type.String()),
  codeUrl: Nullable(Type.String()),
  codeQr: Nullable(Type.String()),
  codeValidFrom: Nullable(Type.String()),
  codeValidTo: Nullable(Type.String()),
});
