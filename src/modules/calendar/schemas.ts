import { Type, type TSchema } from 'typebox';
import { Obj } from '../../server/schemas.ts';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const DateParam = Type.String({ minLength: 1, maxLength: 32, description: 'YYYY-MM-DD' });

export const DayView = Obj({
  date: Type.String(),
  kind: Type.Union([Type.Literal('workday'), Type.Literal('weekend'), Type.Literal('holiday'), Type.Literal('makeup_workday')]),
  working: Type.Boolean(),
  name: Nullable(Type.String()),
  nameEn: Nullable(Type.String()),
  source: Type.Union([Type.Literal('official'), Type.Literal('override'), Type.Literal('weekday_rule')]),
  provisional: Type.Boolean({ description: 'The year’s official arrangement is not known: counted Monday–Friday' }),
});

export const YearCoverageView = Obj({
  year: Type.Integer(),
  source: Type.Union([Type.Literal('official'), Type.Literal('override'), Type.Literal('none')]),
  provisional: Type.Boolean(),
});

const Window = Nullable(Obj({ from: Type.String(), to: Type.String() }));

export const CalendarQuery = Obj({
  from: Type.Optional({ ...DateParam, description: 'YYYY-MM-DD (default: the first of this month)' }),
  to: Type.Optional({ ...DateParam, description: 'YYYY-MM-DD, at most 366 days after from (default: the end of from’s month)' }),
});

export const CalendarView = Obj({
  from: Type.String(),
  to: Type.String(),
  provisional: Type.Boolean({ description: 'Some year of the range is provisional' }),
  workingDayCount: Type.Integer(),
  workingDays: Type.Array(Type.String()),
  holidays: Type.Array(DayView),
  makeupWorkdays: Type.Array(DayView),
  years: Type.Array(YearCoverageView),
  quietPeriods: Type.Array(
    Obj({
      month: Type.String({ description: 'YYYY-MM' }),
      policy: Nullable(Type.String()),
      windows: Nullable(Obj({ A: Window, B: Window, C: Window, D: Window })),
    }),
  ),
});

export const Confirm = Obj({ confirm: Type.Optional(Type.Boolean({ description: 'true to apply; otherwise 409 CONFIRMATION_REQUIRED with a preview' })) });

export const OverrideBody = Obj({
  date: DateParam,
  kind: Type.Union([Type.Literal('holiday'), Type.Literal('workday')], { description: 'holiday: a day off; workday: a working day (e.g. a make-up Saturday)' }),
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 50, description: 'e.g. 春节 or 春节调休' })),
});

const OverrideView = Obj({ date: Type.String(), kind: Type.Union([Type.Literal('holiday'), Type.Literal('workday')]), name: Nullable(Type.String()) });

export const OverrideChangeView = Obj({ created: Type.Boolean(), override: OverrideView, before: DayView, after: DayView });
export const OverrideRemovedView = Obj({ removed: OverrideView, before: DayView, after: DayView });

export const OverrideListView = Obj({
  items: Type.Array(Obj({ ...OverrideView.properties, createdBy: Nullable(Type.String()), createdAt: Type.String() })),
  years: Type.Array(
    Obj({ year: Type.Integer(), arrangementPublished: Type.Boolean(), source: Nullable(Type.String()), updatedBy: Nullable(Type.String()), updatedAt: Type.String() }),
  ),
  coverage: Type.Array(YearCoverageView),
});

export const YearBody = Obj({
  arrangementPublished: Type.Boolean({ description: 'The State Council arrangement is entered in full as overrides' }),
  source: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'e.g. 国办发明电〔2026〕X号' })),
});

export const YearChangeView = Obj({
  year: Type.Integer(),
  arrangementPublished: Type.Boolean(),
  source: Nullable(Type.String()),
  overrides: Type.Integer(),
  before: YearCoverageView,
  after: YearCoverageView,
});
