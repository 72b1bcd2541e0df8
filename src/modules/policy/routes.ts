/** HTTP for the jurisdiction policy: the version in force, the list of versions, publishing one. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { principalOf } from '../../server/access-hook.ts';
import { errorResponses, ErrorResponse, Obj } from '../../server/schemas.ts';
import type { Deps } from '../deps.ts';
import { getPolicy } from './get-policy.ts';
import { listPolicyVersions } from './list-policy-versions.ts';
import { publishPolicyVersion } from './publish-policy-version.ts';
import { PolicyInForceView, PolicyQuery, PolicySchema, VersionView } from './schemas.ts';

export const policyRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/policy',
    {
      config: { access: 'policy.read' },
      schema: {
        tags: ['policy'],
        summary: '生效的检查政策（全部参数、特殊情形、条款） The policy in force: every parameter, the exception cases, the clauses',
        querystring: PolicyQuery,
        response: { 200: PolicyInForceView, ...errorResponses },
      },
    },
    async (request) => getPolicy(deps, request.query),
  );

  app.get(
    '/policy/versions',
    {
      config: { access: 'policy.read' },
      schema: {
        tags: ['policy'],
        summary: '检查政策的各个版本 Every version of the policy',
        querystring: Obj({ jurisdiction: PolicyQuery.properties.jurisdiction }),
        response: {
          200: Obj({ jurisdiction: Type.String(), today: Type.String(), inForce: Type.Union([Type.String(), Type.Null()]), items: Type.Array(VersionView) }),
          ...errorResponses,
        },
      },
    },
    async (request) => listPolicyVersions(deps, request.query),
  );

  app.post(
    '/policy/versions',
    {
      config: { access: 'policy.publish' },
      schema: {
        tags: ['policy'],
        summary: '发布新的政策版本（自生效日起适用，记入审计） Publish a new policy version, in force from its date (audited)',
        body: PolicySchema,
        response: { 201: VersionView, 409: ErrorResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const view = await publishPolicyVersion(deps, principalOf(request), request.body);
      return reply.status(201).send(view);
    },
  );
};
