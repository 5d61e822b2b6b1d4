/**
 * A project's target table: GET/PATCH /api/projects/:id, POST /api/projects/:id/indicators,
 * PATCH/DELETE /api/indicators/:id, PUT /api/projects/:id/indicator-order, PUT /api/projects/:id/review.
 * Edits answer with the project's findings as the review recomputed them; a stale version gets 409 with the
 * record as it is now.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createIndicator } from '../../app/targets/create-indicator';
import { deleteIndicator } from '../../app/targets/delete-indicator';
import { gradeProject } from '../../app/targets/grade-project';
import { reorderIndicators } from '../../app/targets/reorder-indicators';
import { showProject } from '../../app/targets/show-project';
import { updateIndicator } from '../../app/targets/update-indicator';
import { updateProject } from '../../app/targets/update-project';
import { idParamsSchema } from '../../contract/common';
import {
  createIndicatorRequestSchema,
  deleteIndicatorQuerySchema,
  gradeProjectRequestSchema,
  indicatorChangeSchema,
  indicatorOrderRequestSchema,
  projectDetailSchema,
  updateIndicatorRequestSchema,
  updateProjectRequestSchema,
} from '../../contract/projects';
import { sendKept } from '../platform/kept-answers';
import type { RouteOptions } from '../platform/route-options';
import { presentingConflicts } from './conflicts';
import { presentIndicator, presentIndicatorChange, presentProject } from './present-targets';

const tags = ['项目绩效目标表'];
const projectAnswer = { params: idParamsSchema, response: { 200: projectDetailSchema } };
const changeAnswer = { params: idParamsSchema, response: { 200: indicatorChangeSchema } };

export const projectsRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  app.get('/api/projects/:id', { schema: { tags, summary: '项目绩效目标表（含指标和审核发现）', ...projectAnswer } }, async (request, reply) =>
    sendKept(deps, request, reply, async () => presentProject(await showProject(deps, { caller: request.caller, id: request.params.id }))),
  );

  app.patch('/api/projects/:id', { schema: { tags, summary: '修改项目（名称、预算、资金用途、支出计划、绩效目标）', ...projectAnswer, body: updateProjectRequestSchema } }, async (request) => {
    const { expectedVersion, ...changes } = request.body;
    const work = () => updateProject(deps, { caller: request.caller, id: request.params.id, expectedVersion, changes });
    return presentProject(await presentingConflicts(work, presentProject));
  });

  app.post('/api/projects/:id/indicators', { schema: { tags, summary: '添加指标', params: idParamsSchema, body: createIndicatorRequestSchema, response: { 201: indicatorChangeSchema } } }, async (request, reply) => {
    const { position, ...indicator } = request.body;
    const change = await createIndicator(deps, { caller: request.caller, projectId: request.params.id, indicator, ...(position === undefined ? {} : { position }) });
    return reply.status(201).send(presentIndicatorChange(change));
  });

  app.patch('/api/indicators/:id', { schema: { tags, summary: '修改指标', ...changeAnswer, body: updateIndicatorRequestSchema } }, async (request) => {
    const { expectedVersion, ...changes } = request.body;
    const work = () => updateIndicator(deps, { caller: request.caller, id: request.params.id, expectedVersion, changes });
    return presentIndicatorChange(await presentingConflicts(work, presentIndicator));
  });

  app.delete('/api/indicators/:id', { schema: { tags, summary: '删除指标', ...changeAnswer, querystring: deleteIndicatorQuerySchema } }, async (request) => {
    const work = () => deleteIndicator(deps, { caller: request.caller, id: request.params.id, expectedVersion: request.query.expectedVersion });
    return presentIndicatorChange(await presentingConflicts(work, presentIndicator));
  });

  app.put('/api/projects/:id/indicator-order', { schema: { tags, summary: '调整指标顺序（使用项目的 version）', ...projectAnswer, body: indicatorOrderRequestSchema } }, async (request) => {
    const work = () => reorderIndicators(deps, { caller: request.caller, id: request.params.id, ...request.body });
    return presentProject(await presentingConflicts(work, presentProject));
  });

  app.put('/api/projects/:id/review', { schema: { tags, summary: '财政审核评定（优、良、中、差）', ...projectAnswer, body: gradeProjectRequestSchema } }, async (request) => {
    const work = () => gradeProject(deps, { caller: request.caller, id: request.params.id, ...request.body });
    return presentProject(await presentingConflicts(work, presentProject));
  });
};
