/**
 * The Fastify application: zod schemas for every request and response, request ids, sessions, CSRF, the
 * platform routes, OpenAPI, uploads, the web app, and one error format. It does not listen: tests use
 * `app.inject`, and start-server.ts listens.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../app/deps';
import type { ServerConfig } from './config';
import type { App } from './platform/app';
import { auditRoutes } from './platform/audit.routes';
import { authRoutes } from './platform/auth.routes';
import { registerCsrfProtection } from './platform/csrf';
import { registerApiDocs } from './platform/docs';
import { registerErrorHandling } from './platform/errors';
import { healthRoutes } from './platform/health.routes';
import { registerKeptAnswers } from './platform/kept-answers';
import { registerRequestContext } from './platform/request-context';
import { setupRoutes } from './platform/setup.routes';
import { usersRoutes } from './platform/users.routes';
import { registerWebApp } from './platform/web-app';
import { dashboardRoutes } from './routes/dashboard.routes';
import { findingsRoutes } from './routes/findings.routes';
import { importsRoutes } from './routes/imports.routes';
import { monitoringRoutes } from './routes/monitoring.routes';
import { projectsRoutes } from './routes/projects.routes';
import { selfEvaluationRoutes } from './routes/self-evaluation.routes';
import { unitYearsRoutes } from './routes/unit-years.routes';


/** Zod's messages in Chinese, for the validation errors users see. */
z.config(z.locales.zhCN());

/** An incoming X-Request-Id is kept when it is a plain token; otherwise a new one is made. */
function requestIdOf(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.:-]{1,100}$/.test(given) ? given : randomUUID();
}

/**
 * Builds the application on `deps` (not listening). Routes of later phases register on the returned
 * instance, or as plugins, before `ready()`/`listen()`.
 */
export async function buildServer(deps: Deps, config: ServerConfig): Promise<App> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
    },
    trustProxy: config.trustProxy,
    bodyLimit: config.bodyLimitBytes,
    genReqId: requestIdOf,
    requestIdHeader: false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // While stopping, responses still in flight close their connection: a keep-alive connection left idle
  // after the stop began would otherwise hold the stop until the client's keep-alive timeout.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (request, reply) => {
    if (closing) reply.header('connection', 'close');
    reply.header('x-request-id', request.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    if (request.url.startsWith('/api/') && !request.url.startsWith('/api/docs')) reply.header('cache-control', 'no-store');
  });
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: config.uploadLimitBytes, files: 1 } });
  const webApp = config.webDist ? await registerWebApp(app, config.webDist) : null;
  registerErrorHandling(app, { uploadLimitBytes: config.uploadLimitBytes, webApp });
  registerRequestContext(app, deps, config);
  registerCsrfProtection(app, config);
  registerKeptAnswers(app, deps);
  await registerApiDocs(app, config.version);
  for (const routes of [healthRoutes, setupRoutes, authRoutes, usersRoutes, auditRoutes]) await app.register(routes, { deps, config });
  await app.register(unitYearsRoutes, { deps, config });
  await app.register(projectsRoutes, { deps, config });
  await app.register(importsRoutes, { deps, config });
  await app.register(findingsRoutes, { deps, config });
  await app.register(dashboardRoutes, { deps, config });
  await app.register(monitoringRoutes, { deps, config });
  await app.register(selfEvaluationRoutes, { deps, config });
  return app;
}
