/** The review: GET /api/findings (across unit years), GET /api/rules, GET /api/rule-packs. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listFindings } from '../../app/findings/list-findings';
import { listRulePacks } from '../../app/findings/list-rule-packs';
import { listRules } from '../../app/findings/list-rules';
import { findingPageSchema, listFindingsQuerySchema, rulePacksSchema, rulesSchema } from '../../contract/review';
import type { RouteOptions } from '../platform/route-options';
import { presentStoredFinding } from './present-targets';

const tags = ['智能审核'];

export const findingsRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  app.get('/api/findings', { schema: { tags, summary: '审核发现（跨单位）', querystring: listFindingsQuerySchema, response: { 200: findingPageSchema } } }, async (request) => {
    const { page, pageSize, ...query } = request.query;
    const result = await listFindings(deps, { caller: request.caller, query, page, pageSize });
    const items = result.items.map((item) => ({ ...presentStoredFinding(item), unitYearId: item.unitYearId, unit: item.unit, year: item.year, status: item.status, project: item.project, indicator: item.indicator }));
    return { ...result, items };
  });

  app.get('/api/rules', { schema: { tags, summary: '审核规则', response: { 200: rulesSchema } } }, async () => ({ items: listRules() }));

  app.get('/api/rule-packs', { schema: { tags, summary: '规则包', response: { 200: rulePacksSchema } } }, async () => ({ items: listRulePacks() }));
};
