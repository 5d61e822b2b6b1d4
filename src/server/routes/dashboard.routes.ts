/** GET /api/dashboard: the finance dashboard of a year (units, findings by family, spending-plan curves). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { showDashboard, type Dashboard } from '../../app/dashboard/show-dashboard';
import { dashboardQuerySchema, dashboardSchema } from '../../contract/dashboard';
import { wanYuan } from '../../contract/unit-year';
import { sendKept } from '../platform/kept-answers';
import type { RouteOptions } from '../platform/route-options';
import { presentUnitYearSummary } from './present-targets';

export const dashboardRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  app.get('/api/dashboard', { schema: { tags: ['统计'], summary: '财政审核看板', querystring: dashboardQuerySchema, response: { 200: dashboardSchema } } }, async (request, reply) =>
    sendKept(deps, request, reply, async () => presentDashboard(await showDashboard(deps, { caller: request.caller, ...request.query }))),
  );
};

function presentDashboard(dashboard: Dashboard) {
  return {
    year: dashboard.year,
    divisionCode: dashboard.divisionCode,
    totals: { ...dashboard.totals, budgetTotal: wanYuan(dashboard.totals.budgetTotal) },
    units: dashboard.units.map((unitYear) => {
      const summary = presentUnitYearSummary(unitYear);
      const { id, unit, status, publishedAt, budgetTotal, projectCount, indicatorCount, findings, grades } = summary;
      return { unitYearId: id, unit, status, publishedAt, budgetTotal, projectCount, indicatorCount, findings, grades };
    }),
    findingsByFamily: dashboard.findingsByFamily,
    spendingCurves: dashboard.spendingCurves.map((curve) => ({ ...curve, budgetCovered: wanYuan(curve.budgetCovered) })),
  };
}
