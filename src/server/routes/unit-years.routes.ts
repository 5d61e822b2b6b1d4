/**
 * Unit years: GET /api/years, GET /api/unit-years, GET /api/unit-years/:id, PUT /api/unit-years/:id/department-plan,
 * POST /api/unit-years/:id/submit | approve | return | publish, GET /api/unit-years/:id/export.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { changeUnitYearStatus } from '../../app/targets/change-unit-year-status';
import { exportUnitYear } from '../../app/targets/export-unit-year';
import { listUnitYearSummaries } from '../../app/targets/list-unit-year-summaries';
import { listYears } from '../../app/targets/list-years';
import { showUnitYear } from '../../app/targets/show-unit-year';
import { updateDepartmentPlan } from '../../app/targets/update-department-plan';
import { idParamsSchema } from '../../contract/common';
import {
  approveRequestSchema,
  departmentPlanRecordSchema,
  exportQuerySchema,
  listUnitYearsQuerySchema,
  returnRequestSchema,
  unitYearDetailSchema,
  unitYearPageSchema,
  updateDepartmentPlanRequestSchema,
  yearsSchema,
} from '../../contract/unit-years';
import { sendKept } from '../platform/kept-answers';
import type { RouteOptions } from '../platform/route-options';
import { presentingConflicts } from './conflicts';
import { sendFile } from './download';
import { presentDepartmentPlan, presentUnitYearDetail, presentUnitYearSummary } from './present-targets';

const tags = ['单位年度'];
const step = { params: idParamsSchema, response: { 200: unitYearDetailSchema } };

export const unitYearsRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  app.get('/api/years', { schema: { tags, summary: '可见范围内有数据的年度', response: { 200: yearsSchema } } }, async (request) => ({
    years: await listYears(deps, { caller: request.caller }),
  }));

  app.get('/api/unit-years', { schema: { tags, summary: '单位年度列表（按单位名称排序）', querystring: listUnitYearsQuerySchema, response: { 200: unitYearPageSchema } } }, async (request) => {
    const { page, pageSize, ...query } = request.query;
    const result = await listUnitYearSummaries(deps, { caller: request.caller, query, page, pageSize });
    return { ...result, items: result.items.map(presentUnitYearSummary) };
  });

  app.get('/api/unit-years/:id', { schema: { tags, summary: '单位年度：部门整体绩效目标和项目列表', params: idParamsSchema, response: { 200: unitYearDetailSchema } } }, async (request, reply) =>
    sendKept(deps, request, reply, async () => presentUnitYearDetail(await showUnitYear(deps, { caller: request.caller, id: request.params.id }))),
  );

  app.put('/api/unit-years/:id/department-plan', { schema: { tags, summary: '修改部门整体绩效目标', params: idParamsSchema, body: updateDepartmentPlanRequestSchema, response: { 200: departmentPlanRecordSchema } } }, async (request) => {
    const { expectedVersion, ...plan } = request.body;
    const work = () => updateDepartmentPlan(deps, { caller: request.caller, unitYearId: request.params.id, expectedVersion, plan });
    return presentDepartmentPlan(await presentingConflicts(work, presentDepartmentPlan));
  });

  app.post('/api/unit-years/:id/submit', { schema: { tags, summary: '提交（单位负责人）', ...step } }, async (request) =>
    presentUnitYearDetail(await changeUnitYearStatus(deps, { caller: request.caller, id: request.params.id, transition: 'submit' })),
  );

  app.post('/api/unit-years/:id/approve', { schema: { tags, summary: '批复（财政审核人；每个项目须评定为优或良）', ...step, body: approveRequestSchema } }, async (request) =>
    presentUnitYearDetail(await changeUnitYearStatus(deps, { caller: request.caller, id: request.params.id, transition: 'approve', ...(request.body?.comment ? { comment: request.body.comment } : {}) })),
  );

  app.post('/api/unit-years/:id/return', { schema: { tags, summary: '退回修改（财政审核人）', ...step, body: returnRequestSchema } }, async (request) =>
    presentUnitYearDetail(await changeUnitYearStatus(deps, { caller: request.caller, id: request.params.id, transition: 'return', comment: request.body.comment })),
  );

  app.post('/api/unit-years/:id/publish', { schema: { tags, summary: '公开（财政审核人、管理员）', ...step } }, async (request) =>
    presentUnitYearDetail(await changeUnitYearStatus(deps, { caller: request.caller, id: request.params.id, transition: 'publish' })),
  );

  app.get('/api/unit-years/:id/export', { schema: { tags, summary: '导出（Word、Excel、文本、开放数据）', params: idParamsSchema, querystring: exportQuerySchema } }, async (request, reply) =>
    sendFile(reply, await exportUnitYear(deps, { caller: request.caller, id: request.params.id, format: request.query.format })),
  );
};
