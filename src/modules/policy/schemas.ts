/** TypeBox schemas of the jurisdiction policy (src/domain/policy/types.ts) and its versions. */
import { Type, type TSchema } from 'typebox';
import { RULE_IDS, type RuleId } from '../../domain/policy/index.ts';
import { Obj } from '../../server/schemas.ts';

const Str = (maxLength: number, description?: string) => Type.String({ minLength: 1, maxLength, ...(description ? { description } : {}) });
const Int = (description?: string) => Type.Integer(description ? { description } : {});
const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
/**
 * integer | null as one `type` array: the app's Ajv coerces types, and in an anyOf it would turn a
 * null into 0 for the integer branch (endDay: null would become 0). With a type array Ajv coerces
 * only when neither type matches.
 */
const IntOrNull = (description?: string) => Type.Unsafe<number | null>({ type: ['integer', 'null'], ...(description ? { description } : {}) });
const PerGrade = <T extends TSchema>(t: T) => Obj({ A: t, B: t, C: t, D: t });

export const TextView = Obj({ zh: Str(4000), en: Str(4000) });
export const RuleIdSchema = Type.Unsafe<RuleId>(Type.Union(RULE_IDS.map((r) => Type.Literal(r))));
const ClauseView = Obj({ id: Str(100), text: Str(8000), also: Type.Optional(Type.Array(Str(200), { maxItems: 20 })) });

export const ExceptionCaseView = Obj({
  code: Str(64, 'Stable code, UPPER_SNAKE, e.g. COMPLAINT_REPORT'),
  name: TextView,
  lifts: Type.Array(RuleIdSchema, { maxItems: 15, description: 'Rules the case lifts (R5, R6, R9 only)' }),
  obligations: Type.Array(Type.Union([Type.Literal('HEAD_APPROVAL'), Type.Literal('FILE_WITH_COORDINATOR')]), { maxItems: 2 }),
  approvalAfterwards: Type.Boolean(),
  rationale: TextView,
});

const DeadlineView = Obj({
  code: Str(64),
  name: TextView,
  days: Int(),
  unit: Type.Union([Type.Literal('working_days'), Type.Literal('calendar_days')]),
  from: TextView,
  defaultOutcome: Obj({ code: Str(64), zh: Str(1000), en: Str(1000) }),
});

/** The whole policy: what GET /policy shows and what POST /policy/versions takes. */
export const PolicySchema = Obj(
  {
    id: Str(64, 'Version code, e.g. yunhe-2026'),
    jurisdiction: Obj({ code: Str(32, 'Administrative division code, e.g. 331125'), name: TextView }),
    effectiveFrom: Str(10, 'YYYY-MM-DD: in force from this day'),
    basis: Obj({ id: Str(200), title: Str(500) }),
    departmentOnsiteCap: Int('R4: on-site inspections of one enterprise by one department per year'),
    gradeOnsiteCaps: PerGrade(IntOrNull('0 = exempt, null = no cap')),
    quietPeriods: PerGrade(Nullable(Obj({ startDay: Int(), endDay: IntOrNull('null = the month’s last day') }))),
    noticeLeadWorkingDays: Int('R9'),
    visitReportLeadWorkingDays: Int('R10'),
    exceptionFilingWorkingDays: Int('R7'),
    minInspectors: Int('R13'),
    exceptionCases: Type.Array(ExceptionCaseView, { maxItems: 100 }),
    offsiteHoldDays: Int('R8'),
    mergeWindowDays: Int('R11'),
    maxDepartmentsPerJointVisit: Int(),
    jointRate: Obj({
      primary: Type.Union([Type.Literal('visits'), Type.Literal('tasks')]),
      targets: Type.Array(Obj({ year: Int(), target: Type.Number() }), { maxItems: 100 }),
    }),
    alerts: Obj({ multiDepartmentWindowDays: Int(), multiDepartmentMinDepartments: Int(), capRemainingAlert: Int() }),
    deadlines: Type.Array(DeadlineView, { maxItems: 100 }),
    improvement: Obj({ gradingPeriods: Int() }),
    itemRetirementUnusedYears: Int(),
    clauses: Obj(Object.fromEntries(RULE_IDS.map((r) => [r, ClauseView])) as Record<(typeof RULE_IDS)[number], typeof ClauseView>),
    goalsClause: ClauseView,
  },
  { description: 'A jurisdiction policy version: every parameter the rules read (see docs/policy-parameters.md)' },
);

export const VersionView = Obj({
  id: Type.String(),
  jurisdiction: Type.String(),
  effectiveFrom: Type.String(),
  basis: Obj({ id: Type.String(), title: Type.String() }),
  source: Type.Union([Type.Literal('built_in'), Type.Literal('published')], { description: 'built_in: shipped with the code; published: by a coordinator' }),
  publishedAt: Nullable(Type.String()),
  publishedBy: Nullable(Type.String()),
});

export const PolicyInForceView = Obj({
  date: Type.String({ description: 'The day asked about' }),
  jurisdiction: Type.String(),
  version: VersionView,
  /** A later version already published, taking effect after the date. */
  next: Nullable(VersionView),
  policy: PolicySchema,
});

export const PolicyQuery = Obj({
  date: Type.Optional(Type.String({ maxLength: 32, description: 'YYYY-MM-DD (default: today, Beijing time)' })),
  jurisdiction: Type.Optional(Type.String({ maxLength: 32, description: 'Division code (default: this deployment’s jurisdiction)' })),
});
