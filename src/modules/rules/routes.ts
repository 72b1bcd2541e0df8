/** HTTP for the public rule-check API: judge a proposed inspection before filing it. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { principalOf } from '../../server/access-hook.ts';
import { ErrorResponse, errorResponses } from '../../server/schemas.ts';
import type { Deps } from '../deps.ts';
import { checkProposedInspection } from './check-inspection.ts';
import { CheckResultView, RuleCheckBody } from './schemas.ts';

export const ruleRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/rule-checks',
    {
      config: { access: 'rules.check' },
      schema: {
        tags: ['rules'],
        summary: '检查前规则校验（R1–R15：结论、依据条款、最早合法日期） Check a proposed inspection against the rules before filing',
        description:
          '不写入任何数据。部门用户只能校验本部门的检查。Writes nothing. A department user may check only its own department’s inspections. ' +
          'Errors: INVALID_DATE_FORMAT, IMPOSSIBLE_DATE, DATE_OUT_OF_CALENDAR_RANGE, INVALID_USCC, DEPARTMENT_NOT_FOUND, ENTERPRISE_NOT_FOUND, ENTERPRISE_NOT_GRADED, ' +
          'ITEM_NOT_FOUND, ITEM_RETIRED, ITEM_OF_OTHER_DEPARTMENT, UNKNOWN_EXCEPTION_CASE, NO_POLICY_IN_FORCE.',
        body: RuleCheckBody,
        response: { 200: CheckResultView, 409: ErrorResponse, ...errorResponses },
      },
    },
    async (request) => checkProposedInspection(deps, principalOf(request), request.body),
  );
};
