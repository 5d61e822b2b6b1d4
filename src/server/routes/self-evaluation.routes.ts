/**
 * 绩效自评: a project's self-evaluation (read, save), a unit year's summary, the division's ranking, and the
 * self-evaluation tables (Word, Excel, open data). See src/contract/self-evaluation.ts.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { EvaluationView } from '../../app/self-evaluation/evaluation-view';
import { exportSelfEvaluation } from '../../app/self-evaluation/export-self-evaluation';
import { rankSelfEvaluations } from '../../app/self-evaluation/rank-self-evaluations';
import { saveSelfEvaluation } from '../../app/self-evaluation/save-self-evaluation';
import { showSelfEvaluation } from '../../app/self-evaluation/show-self-evaluation';
import { showUnitSelfEvaluation } from '../../app/self-evaluation/show-unit-self-evaluation';
import { idParamsSchema, tableExportQuerySchema } from '../../contract/common';
import { rankingQuerySchema, rankingSchema, saveSelfEvaluationRequestSchema, selfEvaluationSchema, unitSelfEvaluationSchema } from '../../contract/self-evaluation';
import { sendKept } from '../platform/kept-answers';
import type { RouteOptions } from '../platform/route-options';
import { presentingConflicts } from './conflicts';
import { sendFile } from './download';
import { presentRanking, presentSelfEvaluation, presentUnitSelfEvaluation } from './present-self-evaluation';

const tags = ['绩效自评'];
const evaluationAnswer = { params: idParamsSchema, response: { 200: selfEvaluationSchema } };

export const selfEvaluationRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  app.get('/api/projects/:id/self-evaluation', { schema: { tags, summary: '项目的绩效自评（得分及计算过程、校验发现）', ...evaluationAnswer } }, async (request, reply) =>
    sendKept(deps, request, reply, async () => presentSelfEvaluation(await showSelfEvaluation(deps, { caller: request.caller, projectId: request.params.id }))),
  );

  app.put('/api/projects/:id/self-evaluation', { schema: { tags, summary: '保存项目的绩效自评（草稿，可有校验问题）', ...evaluationAnswer, body: saveSelfEvaluationRequestSchema } }, async (request) => {
    const { expectedVersion, ...evaluation } = request.body;
    const work = () => saveSelfEvaluation(deps, { caller: request.caller, projectId: request.params.id, expectedVersion, evaluation });
    return presentSelfEvaluation(await presentingConflicts<EvaluationView, EvaluationView>(work, presentSelfEvaluation));
  });

  app.get('/api/unit-years/:id/self-evaluation', { schema: { tags, summary: '单位的绩效自评汇总（按全年预算数加权）', params: idParamsSchema, response: { 200: unitSelfEvaluationSchema } } }, async (request, reply) =>
    sendKept(deps, request, reply, async () => presentUnitSelfEvaluation(await showUnitSelfEvaluation(deps, { caller: request.caller, unitYearId: request.params.id }))),
  );

  app.get('/api/self-evaluations/ranking', { schema: { tags, summary: '区划内单位的绩效自评排名（财政审核人）', querystring: rankingQuerySchema, response: { 200: rankingSchema } } }, async (request, reply) =>
    sendKept(deps, request, reply, async () => presentRanking(await rankSelfEvaluations(deps, { caller: request.caller, ...request.query }))),
  );

  app.get('/api/unit-years/:id/self-evaluation/export', { schema: { tags, summary: '导出绩效自评表（Word、Excel、公开数据）', params: idParamsSchema, querystring: tableExportQuerySchema } }, async (request, reply) =>
    sendFile(reply, await exportSelfEvaluation(deps, { caller: request.caller, unitYearId: request.params.id, format: request.query.format })),
  );
};
