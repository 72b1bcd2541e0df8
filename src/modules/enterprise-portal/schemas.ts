/** TypeBox schemas of the enterprise portal. */
import { Type, type TSchema } from 'typebox';
import { Obj } from '../../server/schemas.ts';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Department = Obj({ code: Type.String(), name: Type.String() });

export const MergeOptOutBody = Obj({
  optOut: Type.Boolean({ description: 'true：申请不合并到联合检查；false：撤回申请 true: ask not to be merged into joint visits; false: withdraw' }),
  reason: Type.Optional(Type.String({ minLength: 1, maxLength: 500, description: '理由（申请时必填） Reason (required when asking)' })),
});

export const MergeOptOutView = Obj({
  optOut: Type.Boolean(),
  reason: Nullable(Type.String()),
  since: Nullable(Type.String({ description: 'When the current wish was stated' })),
  changed: Type.Boolean({ description: 'false: it was so already; nothing recorded' }),
});

export const YearCounts = Obj({
  year: Type.Integer(),
  onsiteInspections: Type.Integer({ description: '现场检查（按部门计） On-site inspections, one per department' }),
  onsiteVisits: Type.Integer({ description: '入企现场检查次数（联合检查计一次） On-site visits, a joint visit once' }),
  jointVisits: Type.Integer({ description: '其中联合检查 Of which joint visits' }),
  offsiteInspections: Type.Integer({ description: '非现场检查备案 Off-site inspections filed' }),
  offsiteChecks: Type.Integer({ description: '非现场核查（数据、物联感知、书面） Off-site checks (data, sensors, written)' }),
  research: Type.Integer({ description: '调研 Research visits' }),
  leader: Type.Integer({ description: '领导干部入企 Leaders’ visits' }),
  cancelled: Type.Integer({ description: '已预告后撤销 Notified, then cancelled' }),
});

export const HistoryView = Obj({
  enterprise: Obj({ uscc: Type.String(), name: Type.String() }),
  mergeOptOut: Obj({ optOut: Type.Boolean(), reason: Nullable(Type.String()), since: Nullable(Type.String()) }),
  years: Type.Array(YearCounts, { description: 'Counts by type, newest year first' }),
  inspections: Type.Array(
    Obj({
      id: Type.Integer({ description: 'Filing id (rate it at POST /enterprise/visits/{id}/rating)' }),
      department: Department,
      kind: Type.String(),
      mode: Type.String(),
      plannedDate: Type.String(),
      windowEnd: Nullable(Type.String()),
      state: Type.String(),
      stateLabel: Type.String(),
      jointVisitId: Nullable(Type.Integer({ description: 'Lead filing of the joint visit it is part of' })),
      noticeId: Nullable(Type.Integer()),
      outcome: Nullable(Type.String({ description: 'none / problems / violation' })),
      items: Type.Array(Type.String()),
      completedAt: Nullable(Type.String()),
      rating: Nullable(Obj({ score: Type.Integer(), comment: Nullable(Type.String()), ratedAt: Nullable(Type.String()) }, { description: 'The enterprise’s own rating' })),
      canRate: Type.Boolean(),
    }),
  ),
  offsiteChecks: Type.Array(Obj({ id: Type.Integer(), department: Department, source: Type.String(), checkedOn: Type.String(), result: Type.String() })),
  visits: Type.Array(
    Obj({ id: Type.Integer(), type: Type.String(), organiser: Type.String(), department: Nullable(Department), visitDate: Type.String(), purpose: Type.String() }),
  ),
});
