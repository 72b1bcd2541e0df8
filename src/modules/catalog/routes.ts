/** HTTP for departments, their item catalogs (with retirement upkeep) and inspectors; the public catalog lives in modules/public. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { principalOf } from '../../server/access-hook.ts';
import { errorResponses, Obj, PagingQuery } from '../../server/schemas.ts';
import { assertDepartmentScope } from '../auth/index.ts';
import type { Deps } from '../deps.ts';
import { addItem, changeItem, departmentByCode, searchItems } from './items.ts';
import { listDepartments, listInspectors } from './repository.ts';
import { reactivateItem } from './reactivate-item.ts';
import { retireItem } from './retire-item.ts';
import { retirementCandidates } from './retirement-candidates.ts';
import {
  DepartmentCode,
  DepartmentView,
  InspectorView,
  ItemChangeBody,
  ItemCode,
  ItemCreateBody,
  ItemStatus,
  ItemView,
  Mode,
  RetirementCandidatesView,
  StatusChangeBody,
  StatusChangeView,
} from './schemas.ts';

const departmentView = (d: { code: string; name: string; head_name: string | null; item_count: number | null }) => ({
  code: d.code,
  name: d.name,
  headName: d.head_name,
  itemCount: Number(d.item_count ?? 0),
});

const today = (deps: Deps) => deps.now().toISOString().slice(0, 10);

export const catalogRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/departments',
    {
      config: { access: 'departments.read' },
      schema: {
        tags: ['catalog'],
        summary: '执法部门列表 Enforcement departments',
        querystring: Obj(PagingQuery),
        response: { 200: Obj({ items: Type.Array(DepartmentView), total: Type.Integer() }), ...errorResponses },
      },
    },
    async (request) => {
      const { q, limit = 20, offset = 0 } = request.query;
      const { rows, total } = await listDepartments(deps.db, { q, limit, offset });
      return { items: rows.map(departmentView), total };
    },
  );

  app.get(
    '/departments/:code',
    {
      config: { access: 'departments.read' },
      schema: { tags: ['catalog'], summary: '部门详情 A department', params: Obj({ code: DepartmentCode }), response: { 200: DepartmentView, ...errorResponses } },
    },
    async (request) => departmentView(await departmentByCode(deps, request.params.code)),
  );

  app.get(
    '/departments/:code/items',
    {
      config: { access: 'departments.read' },
      schema: {
        tags: ['catalog'],
        summary: '部门检查事项清单 A department’s inspection item catalog',
        params: Obj({ code: DepartmentCode }),
        querystring: Obj({ ...PagingQuery, status: Type.Optional(Type.Union([ItemStatus, Type.Literal('all')], { default: 'active' })), mode: Type.Optional(Mode) }),
        response: { 200: Obj({ items: Type.Array(ItemView), total: Type.Integer() }), ...errorResponses },
      },
    },
    async (request) => {
      const department = await departmentByCode(deps, request.params.code);
      const { q, limit = 50, offset = 0, status, mode } = request.query;
      return searchItems(deps, { departmentId: department.id, q, limit, offset, status, mode });
    },
  );

  app.get(
    '/departments/:code/items/retirement-candidates',
    {
      config: { access: 'items.upkeep' },
      schema: {
        tags: ['catalog'],
        summary: '长期未使用、建议停用的检查事项 Items unused for the policy’s years (flagged for retirement)',
        params: Obj({ code: DepartmentCode }),
        response: { 200: RetirementCandidatesView, ...errorResponses },
      },
    },
    async (request) => retirementCandidates(deps, principalOf(request), request.params.code),
  );

  app.post(
    '/departments/:code/items/:item/retire',
    {
      config: { access: 'items.write' },
      schema: {
        tags: ['catalog'],
        summary: '停用检查事项 Retire an item (no new plans or filings may use it)',
        params: Obj({ code: DepartmentCode, item: ItemCode }),
        body: StatusChangeBody,
        response: { 200: StatusChangeView, ...errorResponses },
      },
    },
    async (request) => retireItem(deps, principalOf(request), request.params.code, request.params.item, request.body),
  );

  app.post(
    '/departments/:code/items/:item/reactivate',
    {
      config: { access: 'items.write' },
      schema: {
        tags: ['catalog'],
        summary: '恢复已停用的检查事项 Reactivate a retired item',
        params: Obj({ code: DepartmentCode, item: ItemCode }),
        body: StatusChangeBody,
        response: { 200: StatusChangeView, ...errorResponses },
      },
    },
    async (request) => reactivateItem(deps, principalOf(request), request.params.code, request.params.item, request.body),
  );

  app.post(
    '/departments/:code/items',
    {
      config: { access: 'items.write' },
      schema: {
        tags: ['catalog'],
        summary: '新增检查事项 Add an inspection item',
        params: Obj({ code: DepartmentCode }),
        body: ItemCreateBody,
        response: { 201: Obj({ code: Type.String(), version: Type.Integer() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      await addItem(deps, principalOf(request), request.params.code, request.body);
      return reply.status(201).send({ code: request.body.code, version: 1 });
    },
  );

  app.put(
    '/departments/:code/items/:item',
    {
      config: { access: 'items.write' },
      schema: {
        tags: ['catalog'],
        summary: '修改检查事项（生成新版本） Change an item (new version)',
        params: Obj({ code: DepartmentCode, item: ItemCode }),
        body: ItemChangeBody,
        response: { 200: Obj({ code: Type.String(), version: Type.Integer() }), ...errorResponses },
      },
    },
    async (request) => {
      const { version } = await changeItem(deps, principalOf(request), request.params.code, request.params.item, request.body);
      return { code: request.params.item, version };
    },
  );

  app.get(
    '/departments/:code/inspectors',
    {
      config: { access: 'inspectors.read' },
      schema: {
        tags: ['catalog'],
        summary: '本部门执法人员及证件、培训 A department’s inspectors, certificates and training',
        params: Obj({ code: DepartmentCode }),
        response: { 200: Obj({ items: Type.Array(InspectorView) }), ...errorResponses },
      },
    },
    async (request) => {
      const department = await departmentByCode(deps, request.params.code);
      assertDepartmentScope(principalOf(request), department.id);
      const rows = await listInspectors(deps.db, department.id, today(deps));
      return {
        items: rows.map((r) => ({
          username: r.username,
          displayName: r.display_name,
          certificates: (r.certificates ?? []) as unknown as { number: string; issuedOn: string; validUntil: string }[],
          training: (r.training ?? []) as unknown as { course: string; completedOn: string; hours: number; validUntil: string | null }[],
          certificateValid: Boolean(r.certificate_valid),
          trainingCurrent: Boolean(r.training_current),
          qualified: Boolean(r.certificate_valid) && Boolean(r.training_current),
        })),
      };
    },
  );
};
