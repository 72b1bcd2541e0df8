/** TypeBox schemas of the annual plan API (input, output, OpenAPI). */
import { Type, type Static, type TSchema } from 'typebox';
import { Obj, PagingQuery } from '../../server/schemas.ts';
import { DepartmentCode, ItemCode, ItemStatus } from '../catalog/index.ts';

export const PlanStatus = Type.Union(
  [Type.Literal('draft'), Type.Literal('submitted'), Type.Literal('returned'), Type.Literal('accepted'), Type.Literal('published'), Type.Literal('superseded')],
  { description: 'draft 草稿 / submitted 待审核 / returned 已退回 / accepted 审核通过 / published 已公布 / superseded 已被新版本替代' },
);
export const InspectionKind = Type.Union([Type.Literal('random'), Type.Literal('targeted'), Type.Literal('campaign')], {
  description: 'random 双随机抽查 / targeted 重点检查 / campaign 专项检查',
});
export const PlanAction = Type.Union([
  Type.Literal('update'),
  Type.Literal('delete'),
  Type.Literal('submit'),
  Type.Literal('comment'),
  Type.Literal('return'),
  Type.Literal('accept'),
  Type.Literal('publish'),
  Type.Literal('revise'),
]);
const Uscc = Type.String({ pattern: '^[0-9A-HJ-NPQRTUWXY]{18}$', description: '统一社会信用代码' });
const Year = Type.Integer({ minimum: 2000, maximum: 2100 });
const Text = (max: number, description: string) => Type.String({ minLength: 1, maxLength: max, description });

export const TaskInput = Obj({
  kind: InspectionKind,
  title: Text(200, '任务名称 Task title'),
  items: Type.Array(ItemCode, { minItems: 1, maxItems: 50, uniqueItems: true, description: '本部门检查事项编码 Item codes of the department’s catalog' }),
  months: Type.Array(Type.Integer({ minimum: 1, maximum: 12 }), { minItems: 1, maxItems: 12, uniqueItems: true, description: '实施月份 Months' }),
  targetRule: Type.Optional(Text(2000, '抽查规则或检查对象范围 Sampling rule or target scope')),
  targetCount: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000, description: '计划检查企业数 Number of enterprises' })),
  enterprises: Type.Optional(Type.Array(Uscc, { maxItems: 2000, uniqueItems: true, description: '重点检查对象 Target enterprises (targeted/campaign)' })),
  basis: Type.Optional(Text(2000, '专项检查依据 Basis of a campaign (superior deployment or document)')),
});
export type TaskInput = Static<typeof TaskInput>;

const Tasks = Type.Array(TaskInput, { maxItems: 200 });
export const PlanCreateBody = Obj({ department: DepartmentCode, year: Year, tasks: Tasks });
export const PlanUpdateBody = Obj({ tasks: Tasks });
export const CommentBody = Obj({ comment: Text(2000, '审核意见 Review comment') });
export const OptionalCommentBody = Obj({ comment: Type.Optional(Text(2000, '审核意见 Review comment')) });
export const ReasonBody = Obj({ reason: Text(2000, '修订理由 Reason for the revision') });
export const PlanId = Obj({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) });

const Ref = Obj({ code: Type.String(), name: Type.String() });
const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Instant = Nullable(Type.String({ description: 'ISO 8601 instant' }));

export const TaskView = Obj({
  id: Type.Integer(),
  kind: InspectionKind,
  title: Type.String(),
  months: Type.Array(Type.Integer()),
  targetRule: Nullable(Type.String()),
  targetCount: Nullable(Type.Integer()),
  basis: Nullable(Type.String()),
  items: Type.Array(Obj({ code: Type.String(), name: Type.String(), status: ItemStatus })),
  enterprises: Type.Array(Obj({ uscc: Type.String(), name: Type.String() })),
});

export const PlanSummary = Obj({
  id: Type.Integer(),
  department: Ref,
  year: Type.Integer(),
  revision: Type.Integer(),
  status: PlanStatus,
  statusLabel: Type.String(),
  revisionReason: Nullable(Type.String()),
  reviewComment: Nullable(Type.String()),
  taskCount: Type.Integer(),
  createdAt: Type.String(),
  submittedAt: Instant,
  reviewedAt: Instant,
  publishedAt: Instant,
});

export const PlanView = Obj({
  ...PlanSummary.properties,
  tasks: Type.Array(TaskView),
  history: Type.Array(
    Obj({
      action: Type.String(),
      fromStatus: Nullable(PlanStatus),
      toStatus: PlanStatus,
      comment: Nullable(Type.String()),
      by: Nullable(Obj({ username: Type.String(), displayName: Type.String() })),
      at: Type.String(),
    }),
  ),
  actions: Type.Array(PlanAction, { description: 'What the caller may do now' }),
});

export const PlanListQuery = Obj({
  ...PagingQuery,
  year: Type.Optional(Year),
  department: Type.Optional(DepartmentCode),
  status: Type.Optional(PlanStatus),
});

export const PublicTaskView = Obj({
  kind: InspectionKind,
  title: Type.String(),
  months: Type.Array(Type.Integer()),
  targetRule: Nullable(Type.String()),
  targetCount: Nullable(Type.Integer()),
  enterpriseCount: Type.Integer({ description: 'Named target enterprises (names are not published)' }),
  basis: Nullable(Type.String()),
  items: Type.Array(Obj({ code: Type.String(), name: Type.String() })),
});

export const PublicPlanView = Obj({
  department: Ref,
  year: Type.Integer(),
  revision: Type.Integer(),
  revisionReason: Nullable(Type.String()),
  publishedAt: Type.String(),
  tasks: Type.Array(PublicTaskView),
});

export const PublicPlanQuery = Obj({
  year: Type.Optional(Year),
  department: Type.Optional(DepartmentCode),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000_000, default: 0 })),
});

export const Xlsx = Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description: 'Excel workbook (.xlsx)' });
