/** TypeBox schemas of alerts (预警). */
import { Type, type Static, type TSchema } from 'typebox';
import { IsoDateString, Obj } from '../../server/schemas.ts';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Text = Obj({ zh: Type.String(), en: Type.String() });

export const ALERT_KEY_PATTERN = '^[A-Z][A-Z0-9_]{1,63}:[0-9A-Z]{18}:[0-9A-Za-z:_.-]{1,160}$';

const Filters = {
  kind: Type.Optional(Type.String({ pattern: '^[A-Z][A-Z0-9_]{1,63}(,[A-Z][A-Z0-9_]{1,63}){0,19}$', description: '类型，逗号分隔 Kind(s), comma-separated' })),
  town: Type.Optional(Type.String({ pattern: '^[a-z0-9-]{1,32}$', description: '乡镇代码 Town code' })),
  department: Type.Optional(Type.String({ pattern: '^[a-z][a-z0-9-]{1,31}$', description: '涉及部门 Department involved' })),
  q: Type.Optional(Type.String({ maxLength: 100, description: '企业名称或统一社会信用代码 Enterprise name or USCC' })),
  from: Type.Optional(IsoDateString),
  to: Type.Optional(IsoDateString),
};

export const AlertListQuery = Obj({
  ...Filters,
  status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('handled'), Type.Literal('all')], { default: 'all', description: '未处理 / 已处理 / 全部' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 20 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000_000, default: 0 })),
});
export type AlertListInput = Static<typeof AlertListQuery>;

export const AlertSummaryQuery = Obj({ town: Filters.town, department: Filters.department, q: Filters.q, from: Filters.from, to: Filters.to });
export type AlertSummaryInput = Static<typeof AlertSummaryQuery>;

export const AlertView = Obj({
  key: Type.String({ description: 'Stable key: <KIND>:<USCC>:<…>' }),
  kind: Type.String(),
  kindLabel: Text,
  enterprise: Obj({ uscc: Type.String(), name: Type.String(), grade: Nullable(Type.String()), town: Nullable(Obj({ code: Type.String(), name: Type.String() })) }),
  departments: Type.Array(Obj({ code: Type.String(), name: Type.String() })),
  date: Type.String({ description: 'The first date concerned' }),
  dates: Type.Array(Type.String()),
  filingId: Nullable(Type.Integer()),
  message: Text,
  status: Type.Union([Type.Literal('open'), Type.Literal('handled')]),
  handled: Nullable(Obj({ by: Nullable(Type.String()), at: Type.String(), note: Type.String() })),
});
export type AlertViewT = Static<typeof AlertView>;

export const AlertList = Obj({
  items: Type.Array(AlertView),
  total: Type.Integer(),
  period: Obj({ from: Type.String(), to: Type.String() }),
  policy: Type.String({ description: 'The policy version whose numbers were used' }),
});

export const AlertSummary = Obj({
  period: Obj({ from: Type.String(), to: Type.String() }),
  policy: Type.String(),
  open: Type.Integer(),
  handled: Type.Integer(),
  kinds: Type.Array(Obj({ kind: Type.String(), label: Text, open: Type.Integer(), handled: Type.Integer() })),
});

export const AlertParamsSchema = Obj({ key: Type.String({ pattern: ALERT_KEY_PATTERN, maxLength: 260 }) });
export const AcknowledgeBody = Obj({ note: Type.String({ minLength: 1, maxLength: 2000, description: '处理说明 How it was handled' }) });
