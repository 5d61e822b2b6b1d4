/**
 * Who is asking: every /api request gets `request.caller` (the logged-in account, or the public) and
 * `request.session` (null when not logged in), from the session cookie, before any route runs.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from './app';
import { authenticate } from '../../app/auth/authenticate';
import type { ActiveSession, RequestOrigin } from '../../app/auth/sessions';
import { publicCaller, type Caller } from '../../app/audit/caller';
import type { Deps } from '../../app/deps';
import type { ServerConfig } from '../config';
import { isApiPath } from './errors';

declare module 'fastify' {
  interface FastifyRequest {
    /** The account acting (or the public): pass it to use cases, which ask the policy. */
    caller: Caller;
    /** The logged-in session, or null. */
    session: ActiveSession | null;
  }
}

const sessionCookieName = 'jixiao_session';

/** Where the request comes from, for the audit trail. */
export function originOf(request: FastifyRequest): RequestOrigin {
  const userAgent = request.headers['user-agent'];
  return { requestId: request.id, ip: request.ip, userAgent: typeof userAgent === 'string' ? userAgent : null };
}

/** The session cookie: HttpOnly, SameSite=Lax, Secure when the request came over HTTPS (see trustProxy). */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, expires: Date): void {
  reply.setCookie(sessionCookieName, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: request.protocol === 'https', expires });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(sessionCookieName, { path: '/', httpOnly: true, sameSite: 'lax', secure: request.protocol === 'https' });
}

/** The session token the request's cookie carries, if any. */
export function sessionToken(request: FastifyRequest): string | null {
  const token = request.cookies[sessionCookieName];
  return typeof token === 'string' && token.length > 0 && token.length <= 200 ? token : null;
}

export function registerRequestContext(app: App, deps: Deps, config: ServerConfig): void {
  app.decorateRequest('caller', null as unknown as Caller);
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request, reply) => {
    request.caller = publicCaller(originOf(request));
    request.session = null;
    const token = sessionToken(request);
    if (!token || !isApiPath(request.url)) return;
    const session = await authenticate(deps, { token, origin: originOf(request), settings: config.auth });
    if (!session) {
      clearSessionCookie(request, reply);
      return;
    }
    request.session = session;
    request.caller = session.caller;
  });
}
