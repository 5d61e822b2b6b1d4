/** GET /api/health: whether the server and its database answer, which database, which version. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { checkHealth } from '../../app/auth/check-health';
import { healthSchema } from '../../contract/auth';
import { DomainError } from '../../core/errors';
import type { RouteOptions } from './route-options';

export const healthRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps, config }) => {
  app.get('/api/health', { schema: { tags: ['运行状态'], summary: '运行状态', response: { 200: healthSchema } } }, async (request) => {
    const health = await checkHealth(deps).catch((error: unknown) => {
      request.log.error({ err: error }, 'health check: the database does not answer');
      throw new DomainError('storage_unavailable', '数据库没有响应。');
    });
    return { status: 'ok' as const, database: health.database, version: config.version };
  });
};
