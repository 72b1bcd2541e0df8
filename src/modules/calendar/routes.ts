/** HTTP for the working-day calendar: a range's working days, and the coordinator's overrides. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { principalOf } from '../../server/access-hook.ts';
import { ErrorResponse, errorResponses, Obj } from '../../server/schemas.ts';
import type { Deps } from '../deps.ts';
import { deleteCalendarOverride } from './delete-override.ts';
import { getCalendar } from './get-calendar.ts';
import { listCalendarOverrides } from './list-overrides.ts';
import {
  CalendarQuery,
  CalendarView,
  Confirm,
  OverrideBody,
  OverrideChangeView,
  OverrideListView,
  OverrideRemovedView,
  YearBody,
  YearChangeView,
} from './schemas.ts';
import { setCalendarYear } from './set-calendar-year.ts';
import { setCalendarOverride } from './set-override.ts';

const withConflict = { ...errorResponses, 409: ErrorResponse };

export const calendarRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/calendar',
    {
      config: { access: 'calendar.read' },
      schema: {
        tags: ['calendar'],
        summary: '工作日历：工作日、节假日、调休上班日、各等级安静期 Working days, holidays, make-up days and quiet periods of a range (≤ 366 days)',
        querystring: CalendarQuery,
        response: { 200: CalendarView, ...errorResponses },
      },
    },
    async (request) => getCalendar(deps, request.query),
  );

  app.get(
    '/calendar/overrides',
    {
      config: { access: 'calendar.read' },
      schema: {
        tags: ['calendar'],
        summary: '日历人工调整与年度放假安排标记 Calendar overrides and per-year publication flags',
        querystring: Obj({ year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })) }),
        response: { 200: OverrideListView, ...errorResponses },
      },
    },
    async (request) => listCalendarOverrides(deps, request.query),
  );

  app.post(
    '/calendar/overrides',
    {
      config: { access: 'calendar.write' },
      schema: {
        tags: ['calendar'],
        summary: '设置某日为休息日或工作日（需确认，记入审计） Set a day as a holiday or a working day (confirm; audited)',
        querystring: Confirm,
        body: OverrideBody,
        response: { 200: OverrideChangeView, 201: OverrideChangeView, ...withConflict },
      },
    },
    async (request, reply) => {
      const result = await setCalendarOverride(deps, principalOf(request), request.body, request.query.confirm === true);
      return reply.status(result.created ? 201 : 200).send(result);
    },
  );

  app.delete(
    '/calendar/overrides/:date',
    {
      config: { access: 'calendar.write' },
      schema: {
        tags: ['calendar'],
        summary: '删除某日的人工调整（需确认，记入审计） Remove a day’s override (confirm; audited)',
        params: Obj({ date: Type.String({ minLength: 1, maxLength: 32 }) }),
        querystring: Confirm,
        response: { 200: OverrideRemovedView, ...withConflict },
      },
    },
    async (request) => deleteCalendarOverride(deps, principalOf(request), request.params.date, request.query.confirm === true),
  );

  app.put(
    '/calendar/years/:year',
    {
      config: { access: 'calendar.write' },
      schema: {
        tags: ['calendar'],
        summary: '标记某年放假安排已公布（需确认，记入审计） Mark a year’s arrangement as published (confirm; audited)',
        params: Obj({ year: Type.Integer({ minimum: 2000, maximum: 2100 }) }),
        querystring: Confirm,
        body: YearBody,
        response: { 200: YearChangeView, ...withConflict },
      },
    },
    async (request) => setCalendarYear(deps, principalOf(request), request.params.year, request.body, request.query.confirm === true),
  );
};
