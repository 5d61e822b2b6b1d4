/**
 * Answers of GET routes that depend only on the database and the caller (a project's target table, a unit
 * year, the dashboard, a monitoring round, self-evaluations, the ranking) are kept in the database's read cache
 * (src/db/read-cache.ts) as their JSON text: a page opened again costs no query and no serialization until the
 * database announces a change. A state-changing request that succeeded forgets everything before it answers,
 * so whoever changed something reads the change at once, even where the announcement reaches this process a
 * moment later (another PostgreSQL connection).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../app/deps';
import type { Actor } from '../../core/access/actor';
import type { App } from './app';

const readOnlyMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export function registerKeptAnswers(app: App, deps: Deps): void {
  app.addHook('onSend', async (request, reply) => {
    if (!readOnlyMethods.has(request.method) && reply.statusCode < 400) deps.db.cache.forget();
  });
}

/**
 * Sends the JSON of what `read` answers to this caller at this URL, as kept from an earlier request when the
 * database has not changed since. `read` must depend on nothing else (not on the time, nor on headers).
 */
export async function sendKept(deps: Deps, request: FastifyRequest, reply: FastifyReply, read: () => Promise<unknown>): Promise<FastifyReply> {
  const key = `answer:${actorKey(request.caller.actor)}:${request.url}`;
  const json = deps.db.cache.kept<string>(key) ?? (await deps.db.cache.read(key, async () => reply.serialize(await read())));
  return reply.type('application/json; charset=utf-8').send(json);
}

const actorKey = (actor: Actor) => [actor.role, actor.userId, actor.unitId, actor.divisionCode].join('|');
