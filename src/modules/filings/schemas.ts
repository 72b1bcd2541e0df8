import { Type, type Static, type TSchema } from 'typebox';
import { IsoDateString, Obj } from '../../server/schemas.ts';

export const Uscc = Type.String({ pattern: '^[0-9A-HJ-NPQRTUWXY]{18}$', description: '统一社会信用代码 Unified social credit code' });
export const Kind = Type.Union([Type.Literal('random'), Type.Literal('targeted'), Type.Literal('campaign')], { description: '双随机 / 重点检查 / 专项检查' });
export const Path = Type.Union([Type.Literal('planned'), Type.Literal('triggered'), Type.Literal('emergency')], { description: '计划内 / 触发（投诉、案件等） / 紧急（先查后登记）' });
export const Mode = Type.Union([Type.Literal('onsite'), Type.Literal('offsite')]);
export const State = Type.Union([
  Type.Literal('draft'),
  Type.Literal('submitted'),
  Type.Literal('head_approved'),
  Type.Literal('accepted'),
  Type.Literal('returned'),
  Type.Literal('merge_required'),
  Type.Literal('notified'),
  Type.Literal('in_progress'),
  Type.Literal('completed'),
  Type.Literal('cancelled'),
]);
export const FilingId = Type.Integer({ minimum: 1, maximum: 9_007_199_254_740_991 });
const Text = (max = 2000) => Type.String({ minLength: 1, maxLength: max });
const ItemCode = Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,39}$' });
const Username = Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$' });
/** Written justifications of warnings, by finding code. */
export const Justifications = Type.Record(Type.String({ pattern: '^[A-Z][A-Z0-9_]{1,63}$' }), Text());

export const FilingBody = Obj({
  department: Type.String({ pattern: '^[a-z][a-z0-9-]{1,31}$', description: 'Department code' }),
  enterprise: Uscc,
  kind: Kind,
  path: Path,
  mode: Mode,
  plannedDate: IsoDateString,
  windowEnd: Type.Optional(IsoDateString),
  items: Type.Array(ItemCode, { maxItems: 50, uniqueItems: true, description: 'Item codes of the catalog (or delegated to the department)' }),
  inspectors: Type.Array(Username, { maxItems: 20, uniqueItems: true, description: 'Usernames of the department’s inspectors' }),
  exceptionCase: Type.Optional(Type.String({ pattern: '^[A-Z][A-Z0-9_]{1,63}$' })),
  exceptionReason: Type.Optional(Text()),
  campaignBasis: Type.Optional(Text()),
  planTaskId: Type.Optional(Type.Integer({ minimum: 1 })),
  onsiteReason: Type.Optional(Text()),
  nationalRuleBasis: Type.Optional(Text()),
  joinsFilingId: Type.Optional(FilingId),
  justifications: Type.Optional(Justifications),
  startedAt: Type.Optional(Type.String({ format: 'date-time', description: 'Emergency path: when the inspection began' })),
  lateReason: Type.Optional(Text()),
});
export type FilingInput = Static<typeof FilingBody>;

const OrNull = <T extends TSchema>(t: T) => Type.Optional(Type.Union([t, Type.Null()]));
/** PATCH /filings/:id: the fields of a draft or returned filing to change (null clears an optional one). Enterprise and department stay. */
export const FilingPatchBody = Obj({
  department: Type.Optional(FilingBody.properties.department),
  enterprise: Type.Optional(Uscc),
  kind: Type.Optional(Kind),
  mode: Type.Optional(Mode),
  plannedDate: Type.Optional(IsoDateString),
  windowEnd: OrNull(IsoDateString),
  items: Type.Optional(FilingBody.properties.items),
  inspectors: Type.Optional(FilingBody.properties.inspectors),
  exceptionCase: OrNull(Type.String({ pattern: '^[A-Z][A-Z0-9_]{1,63}$' })),
  exceptionReason: OrNull(Text()),
  campaignBasis: OrNull(Text()),
  planTaskId: OrNull(Type.Integer({ minimum: 1 })),
  onsiteReason: OrNull(Text()),
  nationalRuleBasis: OrNull(Text()),
  joinsFilingId: OrNull(FilingId),
  justifications: Type.Optional(Justifications),
});
export type FilingPatch = Static<typeof FilingPatchBody>;

export const Finding = Obj({
  rule: Type.String(),
  code: Type.String(),
  verdict: Type.Union([Type.Literal('allow'), Type.Literal('warn'), Type.Literal('block')]),
  clause: Obj({ id: Type.String(), text: Type.String() }),
  message: Obj({ zh: Type.String(), en: Type.String() }),
  data: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
});

export const CheckView = Obj({
  verdict: Type.Union([Type.Literal('allow'), Type.Literal('warn'), Type.Literal('block')]),
  findings: Type.Array(Finding),
  earliestDate: Type.Union([IsoDateString, Type.Null()]),
  provisional: Type.Boolean(),
});

const Person = Obj({ username: Type.String(), displayName: Type.String(), certificateNumber: Type.Union([Type.String(), Type.Null()]), certificateValidUntil: Type.Union([Type.String(), Type.Null()]) });
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const Department = Obj({ code: Type.String(), name: Type.String() });

/** The joint visit a filing is part of (as lead with members, or as a member). */
export const JointVisitView = Obj({
  leadFilingId: Type.Integer(),
  date: Type.String(),
  role: Type.Union([Type.Literal('lead'), Type.Literal('member')]),
  departments: Type.Array(Department, { description: 'Every department in the visit, the lead first' }),
});

export const FilingSummary = Obj({
  id: Type.Integer(),
  department: Obj({ code: Type.String(), name: Type.String() }),
  enterprise: Obj({ uscc: Type.String(), name: Type.String(), grade: Nullable(Type.String()) }),
  kind: Kind,
  path: Path,
  mode: Mode,
  plannedDate: Type.String(),
  windowEnd: Nullable(Type.String()),
  state: State,
  stateLabel: Type.String(),
  exceptionCase: Nullable(Type.String()),
  items: Type.Array(Type.String()),
  createdAt: Type.String(),
});

export const FilingDetail = Obj({
  ...FilingSummary.properties,
  exceptionReason: Nullable(Type.String()),
  campaignBasis: Nullable(Type.String()),
  planTaskId: Type.Union([Type.Integer(), Type.Null()]),
  onsiteReason: Nullable(Type.String()),
  nationalRuleBasis: Nullable(Type.String()),
  joinsFilingId: Type.Union([Type.Integer(), Type.Null()]),
  jointVisit: Type.Union([JointVisitView, Type.Null()], { description: '联合检查 The joint visit it is part of' }),
  reviewComment: Nullable(Type.String()),
  cancelReason: Nullable(Type.String()),
  lateReason: Nullable(Type.String()),
  startedAt: Nullable(Type.String()),
  registeredAt: Nullable(Type.String()),
  items: Type.Array(
    Obj({
      code: Type.String(),
      name: Type.String(),
      legalBasis: Type.String(),
      version: Type.Union([Type.Integer(), Type.Null()]),
      owner: Obj({ code: Type.String(), name: Type.String() }),
      delegated: Type.Boolean(),
      checklist: Type.Array(Obj({ id: Type.String(), text: Type.String() })),
    }),
  ),
  inspectors: Type.Array(Person),
  check: Type.Union([Obj({ step: Type.String(), at: Type.String(), ...CheckView.properties }), Type.Null()]),
  justifications: Type.Record(Type.String(), Obj({ text: Type.String(), by: Type.String(), at: Type.String() })),
  deadlines: Type.Array(Obj({ code: Type.String(), dueOn: Type.String(), metAt: Nullable(Type.String()), outcome: Nullable(Type.String()) })),
  flags: Type.Array(Obj({ code: Type.String(), raisedAt: Type.String(), note: Nullable(Type.String()) }), { description: 'Only for the coordinator and supervisors' }),
  history: Type.Array(Obj({ at: Type.String(), actor: Type.String(), action: Type.String(), state: Nullable(Type.String()), comment: Nullable(Type.String()) })),
  notice: Type.Union([Obj({ id: Type.Integer(), issuedOn: Type.String(), acknowledgedAt: Nullable(Type.String()), deemedDeliveredAt: Nullable(Type.String()), recusalRequest: Nullable(Type.String()) }), Type.Null()]),
  record: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
  transitions: Type.Array(Type.String(), { description: 'Actions the caller may take now' }),
  code: Nullable(Type.String({ description: '检查码（当前有效的一枚） The current inspection code (token); on-site inspections from acceptance on' })),
  codeUrl: Nullable(Type.String({ description: "核验页路径 The verify page's path, '/v/<token>'" })),
  codeQr: Nullable(Type.String({ description: '核验页二维码（SVG data URL，屏幕用 L 级） QR code of the verify page (SVG data URL, level L)' })),
  codeValidFrom: Nullable(Type.String()),
  codeValidTo: Nullable(Type.String()),
});

export const ListQuery = Obj({
  department: Type.Optional(Type.String({ pattern: '^[a-z][a-z0-9-]{1,31}$' })),
  enterprise: Type.Optional(Uscc),
  state: Type.Optional(Type.Array(State, { maxItems: 10 })),
  from: Type.Optional(IsoDateString),
  to: Type.Optional(IsoDateString),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 20 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000_000, default: 0 })),
});
export type ListInput = Static<typeof ListQuery>;

export const StepBody = Obj({
  comment: Type.Optional(Text()),
  justifications: Type.Optional(Justifications),
});
export type StepInput = Static<typeof StepBody>;

export const ReasonBody = Obj({ reason: Text(), justifications: Type.Optional(Justifications) });

/** GET /enterprises/:uscc/merge-offers: the visits other departments plan at the enterprise, for a filing's window. */
export const MergeOffersQuery = Obj({
  from: Type.Optional(IsoDateString),
  to: Type.Optional(IsoDateString),
  department: Type.Optional(Type.String({ pattern: '^[a-z][a-z0-9-]{1,31}$', description: 'Whose offers (a department user: its own; the coordinator may name one)' })),
});
export type MergeOffersInput = Static<typeof MergeOffersQuery> & { enterprise: string };

const Message = Obj({ code: Type.String(), zh: Type.String(), en: Type.String() });
const Offer = Obj({
  leadFilingId: Type.Integer({ description: '牵头备案 The lead filing: join it with joinsFilingId' }),
  date: Type.String(),
  state: State,
  stateLabel: Type.String(),
  departments: Type.Array(Department),
  joinable: Type.Boolean(),
  reason: Type.Union([Message, Type.Null()], { description: 'Why it cannot be joined' }),
});
export const MergeOffersView = Obj({
  enterprise: Obj({ uscc: Type.String(), name: Type.String() }),
  from: Type.String(),
  to: Type.String(),
  nearbyFrom: Type.String(),
  nearbyTo: Type.String(),
  windowDays: Type.Integer(),
  maxDepartments: Type.Integer(),
  optedOut: Type.Boolean(),
  notice: Type.Union([Obj({ zh: Type.String(), en: Type.String() }), Type.Null()]),
  offers: Type.Array(Offer, { description: 'Visits on a day inside [from, to]' }),
  nearby: Type.Array(Offer, { description: 'Visits within ± windowDays outside [from, to]' }),
});
