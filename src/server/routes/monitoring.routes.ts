/**
 * 绩效运行监控: rounds (open, list, the division view, close), a unit's reports (read, save a project's, submit),
 * the Excel template to fill offline (download, upload) and the monitoring table (Word, Excel, open data).
 * See src/contract/monitoring.ts for every request and answer.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { closeMonitoringRound } from '../../app/monitoring/close-monitoring-round';
import { downloadMonitoringTemplate } from '../../app/monitoring/download-monitoring-template';
import { exportUnitMonitoring } from '../../app/monitoring/export-unit-monitoring';
import { listMonitoringRounds } from '../../app/monitoring/list-monitoring-rounds';
import type { MonitoringProjectView } from '../../app/monitoring/monitoring-view';
import { openMonitoringRound } from '../../app/monitoring/open-monitoring-round';
import { saveMonitoringReport } from '../../app/monitoring/save-monitoring-report';
import { showMonitoringRound } from '../../app/monitoring/show-monitoring-round';
import { showUnitMonitoring } from '../../app/monitoring/show-unit-monitoring';
import { submitUnitMonitoring } from '../../app/monitoring/submit-unit-monitoring';
import { uploadMonitoringTemplate } from '../../app/monitoring/upload-monitoring-template';
import { idParamsSchema, tableExportQuerySchema } from '../../contract/common';
import {
  closeMonitoringRoundRequestSchema,
  createMonitoringRoundRequestSchema,
  listMonitoringRoundsQuerySchema,
  monitoringProjectParamsSchema,
  monitoringProjectSchema,
  monitoringRoundDetailSchema,
  monitoringRoundListSchema,
  monitoringRoundSchema,
  monitoringUnitParamsSchema,
  monitoringUnitSchema,
  saveMonitoringReportRequestSchema,
} from '../../contract/monitoring';
import { sendKept } from '../platform/kept-answers';
import type { RouteOptions } from '../platform/route-options';
import { presentingConflicts } from './conflicts';
import { sendFile } from './download';
import { presentMonitoringProject, presentRound, presentRoundDetail, presentUnitMonitoring } from './present-monitoring';
import { readUpload } from './read-upload';

const tags = ['绩效运行监控'];
const unitAnswer = { params: monitoringUnitParamsSchema, response: { 200: monitoringUnitSchema } };

export const monitoringRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  app.post('/api/monitoring-rounds', { schema: { tags, summary: '开启监控批次（财政审核人）', body: createMonitoringRoundRequestSchema, response: { 201: monitoringRoundSchema } } }, async (request, reply) =>
    reply.status(201).send(presentRound(await openMonitoringRound(deps, { caller: request.caller, round: request.body }))),
  );

  app.get('/api/monitoring-rounds', { schema: { tags, summary: '监控批次列表', querystring: listMonitoringRoundsQuerySchema, response: { 200: monitoringRoundListSchema } } }, async (request) => ({
    items: (await listMonitoringRounds(deps, { caller: request.caller, ...request.query })).map(presentRound),
  }));

  app.get('/api/monitoring-rounds/:id', { schema: { tags, summary: '监控批次的单位一览（未提交的在前，红灯在前）', params: idParamsSchema, response: { 200: monitoringRoundDetailSchema } } }, async (request, reply) =>
    sendKept(deps, request, reply, async () => presentRoundDetail(await showMonitoringRound(deps, { caller: request.caller, roundId: request.params.id }))),
  );

  app.post('/api/monitoring-rounds/:id/close', { schema: { tags, summary: '关闭监控批次', params: idParamsSchema, body: closeMonitoringRoundRequestSchema, response: { 200: monitoringRoundSchema } } }, async (request) => {
    const work = () => closeMonitoringRound(deps, { caller: request.caller, roundId: request.params.id, expectedVersion: request.body.expectedVersion });
    return presentRound(await presentingConflicts(work, presentRound));
  });

  app.get('/api/monitoring-rounds/:id/units/:unitId', { schema: { tags, summary: '单位的监控填报（各项目的填报、亮灯和校验）', ...unitAnswer } }, async (request, reply) =>
    sendKept(deps, request, reply, async () =>
      presentUnitMonitoring(await showUnitMonitoring(deps, { caller: request.caller, roundId: request.params.id, unitId: request.params.unitId })),
    ),
  );

  app.put('/api/monitoring-rounds/:id/projects/:projectId', { schema: { tags, summary: '保存项目的监控填报（草稿，可有校验问题）', params: monitoringProjectParamsSchema, body: saveMonitoringReportRequestSchema, response: { 200: monitoringProjectSchema } } }, async (request) => {
    const { expectedVersion, ...report } = request.body;
    const work = () => saveMonitoringReport(deps, { caller: request.caller, roundId: request.params.id, projectId: request.params.projectId, expectedVersion, report });
    return presentMonitoringProject(await presentingConflicts<MonitoringProjectView, MonitoringProjectView>(work, presentMonitoringProject));
  });

  app.post('/api/monitoring-rounds/:id/units/:unitId/submit', { schema: { tags, summary: '提交单位的监控填报（单位负责人）', ...unitAnswer } }, async (request) =>
    presentUnitMonitoring(await submitUnitMonitoring(deps, { caller: request.caller, roundId: request.params.id, unitId: request.params.unitId })),
  );

  app.get('/api/monitoring-rounds/:id/units/:unitId/template.xlsx', { schema: { tags, summary: '下载监控填报模板（Excel，已填入目标和已保存的数据）', params: monitoringUnitParamsSchema } }, async (request, reply) =>
    sendFile(reply, await downloadMonitoringTemplate(deps, { caller: request.caller, roundId: request.params.id, unitId: request.params.unitId })),
  );

  app.post('/api/monitoring-rounds/:id/units/:unitId/template.xlsx', { schema: { tags, summary: '上传填好的监控填报模板（multipart：file；有任何问题则不保存）', consumes: ['multipart/form-data'], ...unitAnswer } }, async (request) =>
    presentUnitMonitoring(await uploadMonitoringTemplate(deps, { caller: request.caller, roundId: request.params.id, unitId: request.params.unitId, receive: () => readUpload(request) })),
  );

  app.get('/api/monitoring-rounds/:id/units/:unitId/export', { schema: { tags, summary: '导出监控表（Word、Excel、公开数据）', params: monitoringUnitParamsSchema, querystring: tableExportQuerySchema } }, async (request, reply) =>
    sendFile(reply, await exportUnitMonitoring(deps, { caller: request.caller, roundId: request.params.id, unitId: request.params.unitId, format: request.query.format })),
  );
};
