/** GET /api/setup (is first-run setup needed?) and POST /api/setup (create the first administrator). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { completeSetup, getSetupStatus } from '../../app/auth/setup';
import { setupRequestSchema, setupResponseSchema, setupStatusSchema } from '../../contract/auth';
import { presentUser } from '../../contract/users';
import { originOf } from './request-context';
import type { RouteOptions } from './route-options';

const tags = ['初始设置'];

export const setupRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  app.get('/api/setup', { schema: { tags, summary: '是否需要初始设置', response: { 200: setupStatusSchema } } }, async () => getSetupStatus(deps));

  app.post(
    '/api/setup',
    { config: { csrf: 'json-only' }, schema: { tags, summary: '创建第一个管理员（仅当还没有任何账号时）', body: setupRequestSchema, response: { 200: setupResponseSchema } } },
    async (request) => {
      const { loadDemoData, ...admin } = request.body;
      const result = await completeSetup(deps, { admin, loadDemoData, origin: originOf(request) });
      return { admin: presentUser(result.admin), demoLoaded: result.demoLoaded };
    },
  );
};
