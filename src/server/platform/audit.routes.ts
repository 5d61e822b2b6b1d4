/** GET /api/audit (filtered, paged) and GET /api/audit/:id: the audit trail within the caller's scope. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listAuditEvents, showAuditEvent } from '../../app/audit/list-audit-events';
import { auditEventParamsSchema, auditEventSchema, auditPageSchema, listAuditQuerySchema, presentAuditEvent } from '../../contract/audit';
import type { RouteOptions } from './route-options';

const tags = ['操作日志'];

export const auditRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  app.get('/api/audit', { schema: { tags, summary: '操作日志（单位负责人看本单位，财政审核人看本区划，管理员看全部）', querystring: listAuditQuerySchema, response: { 200: auditPageSchema } } }, async (request) => {
    const { page, pageSize, from, to, ...filters } = request.query;
    const query = { ...filters, ...(from ? { from: new Date(from) } : {}), ...(to ? { to: new Date(to) } : {}) };
    const result = await listAuditEvents(deps, { caller: request.caller, query, page, pageSize });
    return { ...result, items: result.items.map(presentAuditEvent) };
  });

  app.get('/api/audit/:id', { schema: { tags, summary: '一条操作记录', params: auditEventParamsSchema, response: { 200: auditEventSchema } } }, async (request) =>
    presentAuditEvent(await showAuditEvent(deps, { caller: request.caller, id: request.params.id })),
  );
};
