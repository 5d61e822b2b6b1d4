/** POST /api/auth/login, POST /api/auth/logout, GET /api/auth/session, POST /api/auth/password. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { changePassword } from '../../app/auth/change-password';
import { logIn } from '../../app/auth/log-in';
import { logOut } from '../../app/auth/log-out';
import { changePasswordRequestSchema, loginRequestSchema, okSchema, presentSession, sessionSchema, sessionStateSchema } from '../../contract/auth';
import { clearSessionCookie, originOf, sessionToken, setSessionCookie } from './request-context';
import type { RouteOptions } from './route-options';

const tags = ['登录与会话'];

export const authRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps, config }) => {
  app.post(
    '/api/auth/login',
    { config: { csrf: 'json-only' }, schema: { tags, summary: '登录（成功后设置会话 Cookie，返回 CSRF 令牌）', body: loginRequestSchema, response: { 200: sessionSchema } } },
    async (request, reply) => {
      const { username, password } = request.body;
      const { token, session } = await logIn(deps, { username, password, origin: originOf(request), previousToken: sessionToken(request), settings: config.auth });
      setSessionCookie(request, reply, token, session.expiresAt);
      return presentSession(session);
    },
  );

  app.post('/api/auth/logout', { schema: { tags, summary: '退出登录', response: { 200: okSchema } } }, async (request, reply) => {
    if (request.session) await logOut(deps, { session: request.session });
    clearSessionCookie(request, reply);
    return { ok: true as const };
  });

  app.get('/api/auth/session', { schema: { tags, summary: '当前会话（未登录时 user 为 null）', response: { 200: sessionStateSchema } } }, async (request) =>
    request.session ? presentSession(request.session) : { user: null },
  );

  app.post(
    '/api/auth/password',
    { schema: { tags, summary: '修改自己的密码（其他会话随之结束）', body: changePasswordRequestSchema, response: { 200: okSchema } } },
    async (request) => {
      await changePassword(deps, { session: request.session, ...request.body });
      return { ok: true as const };
    },
  );
};
