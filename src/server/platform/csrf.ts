/**
 * CSRF protection of every state-changing request (POST, PUT, PATCH, DELETE):
 * - a request whose Origin (or Sec-Fetch-Site) shows another site is refused, always;
 * - with a session, the X-CSRF-Token header must equal the session's token (given by login and
 *   GET /api/auth/session), which another site cannot read;
 * - login and first-run setup have no session yet: they accept only `Content-Type: application/json`,
 *   which a cross-site form cannot send without a CORS preflight that this server never grants.
 * Requests without a session carry no authority to abuse; the policy answers them (401).
 */
import type { FastifyRequest } from 'fastify';
import type { App } from './app';
import { secretsEqual } from '../../app/auth/tokens';
import { DomainError } from '../../core/errors';
import type { ServerConfig } from '../config';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** `json-only`: a route used before there is a session (login, setup); see csrf.ts. */
    csrf?: 'json-only';
  }
}

const csrfHeader = 'x-csrf-token';

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function registerCsrfProtection(app: App, config: ServerConfig): void {
  app.addHook('onRequest', async (request) => {
    if (!stateChanging.has(request.method)) return;
    if (!isSameSite(request, config.allowedOrigins)) throw refusal('这个请求来自其他网站，已被拒绝。');
    if (request.routeOptions.config.csrf === 'json-only') {
      const type = request.headers['content-type'] ?? '';
      if (!/^application\/json\s*(;|$)/i.test(type)) throw refusal('请求必须以 JSON 格式发送（Content-Type: application/json）。');
      return;
    }
    if (!request.session) return;
    const token = request.headers[csrfHeader];
    if (typeof token !== 'string' || !secretsEqual(token, request.session.csrfToken)) {
      throw refusal('请求缺少有效的 CSRF 令牌（X-CSRF-Token），已被拒绝。请刷新页面后重试。');
    }
  });
}

function isSameSite(request: FastifyRequest, allowedOrigins: string[]): boolean {
  const origin = request.headers.origin;
  if (origin !== undefined && allowedOrigins.includes(origin)) return true;
  if (request.headers['sec-fetch-site'] === 'cross-site') return false;
  if (origin === undefined) return true;
  try {
    // Through URL both sides drop default ports (http://host:80 is http://host).
    return new URL(origin).host === new URL(`${request.protocol}://${request.host}`).host;
  } catch {
    return false;
  }
}

function refusal(message: string): DomainError {
  return new DomainError('csrf_failed', message);
}
