/**
 * The built web app (web/dist): its files as they are, and index.html for any other GET outside /api, so
 * that the app's own routes (/projects/…) survive a reload.
 */
import fastifyStatic from '@fastify/static';
import type { FastifyReply } from 'fastify';
import type { App } from './app';

/** Serves `webDist`; returns the SPA fallback for the not-found handler. */
export async function registerWebApp(app: App, webDist: string): Promise<(reply: FastifyReply) => FastifyReply> {
  await app.register(fastifyStatic, { root: webDist, prefix: '/', wildcard: true, index: ['index.html'] });
  return (reply) => reply.type('text/html; charset=utf-8').sendFile('index.html');
}
