/** TypeBox schemas of the KPI dashboard. */
import { Type } from 'typebox';
import { Obj } from '../../server/schemas.ts';

export const KpiQuery = Obj({
  year: Type.Optional(Type.Integer({ minimum: 2001, maximum: 2100, description: '年份（默认今年） Year (default: this year)' })),
  department: Type.Optional(Type.String({ minLength: 1, maxLength: 32, description: '部门代码 Department code' })),
  town: Type.Optional(Type.String({ minLength: 1, maxLength: 32, description: '乡镇代码 Town code' })),
});

const Share = Type.Union([Type.Number(), Type.Null()]);
const Counts = {
  visits: Type.Integer(),
  jointVisits: Type.Integer(),
  tasks: Type.Integer(),
  jointTasks: Type.Integer(),
};
const Figures = { ...Counts, offsite: Type.Integer(), jointRateVisits: Share, jointRateTasks: Share, offsiteShare: Share };
const Rate = Obj({ joint: Type.Integer(), total: Type.Integer(), rate: Share });
const Primary = Type.Union([Type.Literal('visits'), Type.Literal('tasks')]);
const NamedRef = Type.Union([Obj({ code: Type.String(), name: Type.String() }), Type.Null()]);

const YearKpi = Obj({
  year: Type.Integer(),
  jointRate: Obj({ byVisits: Rate, byTasks: Rate, primary: Primary, target: Share, met: Type.Union([Type.Boolean(), Type.Null()]), planned: Obj(Counts) }),
  offsite: Obj({ offsite: Type.Integer(), onsite: Type.Integer(), share: Share }),
  onsite: Obj({
    visits: Type.Integer(),
    tasks: Type.Integer(),
    perEnterprise: Obj({ enterprises: Type.Integer(), zero: Type.Integer(), one: Type.Integer(), two: Type.Integer(), threePlus: Type.Integer(), compliantRepeat: Type.Integer() }),
  }),
  byMonth: Type.Array(Obj({ month: Type.Integer(), ...Figures })),
  byDepartment: Type.Array(Obj({ code: Type.String(), name: Type.String(), ...Figures })),
  byTown: Type.Array(Obj({ code: Type.Union([Type.String(), Type.Null()]), name: Type.String(), ...Figures })),
});

export const KpiView = Obj({
  year: Type.Integer(),
  policy: Type.Union([Type.String(), Type.Null()]),
  primary: Primary,
  /** The grades counted as compliant for "最多查一次" (from the policy). */
  compliantGrades: Type.Array(Type.String()),
  department: NamedRef,
  town: NamedRef,
  current: YearKpi,
  previous: YearKpi,
});

export const Xlsx = Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description: 'Excel workbook (.xlsx)' });
