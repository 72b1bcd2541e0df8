/** TypeBox schemas of ratings. */
import { Type, type TSchema } from 'typebox';
import { IsoDateString, Obj } from '../../server/schemas.ts';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Department = Obj({ code: Type.String(), name: Type.String() });
const Distribution = Obj(
  { 1: Type.Integer(), 2: Type.Integer(), 3: Type.Integer(), 4: Type.Integer(), 5: Type.Integer() },
  { description: 'Number of ratings of each score' },
);
const Aggregate = Obj({ count: Type.Integer(), mean: Type.Number(), distribution: Distribution });

export const RatingParams = Obj({ id: Type.Integer({ minimum: 1, maximum: 9_007_199_254_740_991, description: 'The filing (visit) id' }) });

export const RatingBody = Obj({
  score: Type.Integer({ minimum: 1, maximum: 5, description: '评分 1–5 Score 1–5' }),
  comment: Type.Optional(Type.String({ maxLength: 500, description: '意见（≤500 字） Comment (≤ 500 characters)' })),
});

export const RatingView = Obj({ filingId: Type.Integer(), score: Type.Integer(), comment: Nullable(Type.String()), ratedAt: Type.String() });

export const RatingListQuery = Obj({
  department: Type.Optional(Type.String({ pattern: '^[a-z][a-z0-9-]{1,31}$' })),
  enterprise: Type.Optional(Type.String({ pattern: '^[0-9A-HJ-NPQRTUWXY]{18}$' })),
  from: Type.Optional(IsoDateString),
  to: Type.Optional(IsoDateString),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 20 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000_000, default: 0 })),
});

export const RatingList = Obj({
  items: Type.Array(
    Obj({
      id: Type.Integer(),
      filingId: Type.Integer(),
      plannedDate: Type.String(),
      department: Department,
      enterprise: Obj({ uscc: Type.String(), name: Type.String() }),
      score: Type.Integer(),
      comment: Nullable(Type.String()),
      ratedAt: Type.String(),
    }),
  ),
  total: Type.Integer(),
});

export const SummaryQuery = Obj({ department: Type.Optional(Type.String({ pattern: '^[a-z][a-z0-9-]{1,31}$' })) });

export const RatingSummary = Obj({
  minimumGroup: Type.Integer({ description: 'K: no figure below K ratings; figures move in blocks of K' }),
  closedBefore: Type.String({ description: 'Ratings given before this day (the current month’s first) are counted' }),
  departments: Type.Array(
    Obj({
      department: Department,
      published: Nullable(Aggregate),
      exact: Type.Optional(Aggregate),
    }),
  ),
});
