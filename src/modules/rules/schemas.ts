import { Type } from 'typebox';
import { Obj } from '../../server/schemas.ts';

const DateField = (description: string) => Type.String({ minLength: 1, maxLength: 32, description });

export const RuleCheckBody = Obj({
  enterprise: Type.String({ minLength: 1, maxLength: 40, description: '统一社会信用代码 USCC of the enterprise' }),
  department: Type.String({ minLength: 1, maxLength: 32, description: 'Code of the inspecting department' }),
  items: Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { minItems: 1, maxItems: 100, uniqueItems: true, description: 'Item codes' }),
  mode: Type.Union([Type.Literal('onsite'), Type.Literal('offsite')]),
  date: DateField('Inspection day, YYYY-MM-DD'),
  noticeDate: Type.Optional(DateField('Day the advance notice is (or will be) given, YYYY-MM-DD')),
  exceptionCase: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'Exception case code (GET /api/v1/policy lists them)' })),
});

const Verdict = Type.Union([Type.Literal('allow'), Type.Literal('warn'), Type.Literal('block')]);

export const FindingView = Obj({
  rule: Type.String({ description: 'R1 … R15' }),
  code: Type.String({ description: 'Stable finding code, e.g. R6_QUIET_PERIOD' }),
  verdict: Verdict,
  clause: Obj({ id: Type.String(), text: Type.String() }),
  message: Obj({ zh: Type.String(), en: Type.String() }),
  data: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
});

export const CheckResultView = Obj({
  verdict: Verdict,
  findings: Type.Array(FindingView),
  earliestDate: Type.Union([Type.String(), Type.Null()], { description: 'First working day on or after date without a block, in date’s year; null when none' }),
  provisional: Type.Boolean({ description: 'The answer rests on a year whose holiday arrangement is not known' }),
});
