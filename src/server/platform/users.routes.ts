/**
 * Accounts and the directory, for administrators (reading accounts also for unit leaders and finance
 * reviewers, within their scope): GET/POST /api/users, GET/PATCH /api/users/:id,
 * POST /api/users/:id/password, GET /api/directory, POST /api/directory/units, POST /api/directory/divisions.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createUser } from '../../app/users/create-user';
import { getDirectory, registerDivision, registerUnit } from '../../app/users/directory';
import { listUsers, showUser } from '../../app/users/list-users';
import { resetPassword } from '../../app/users/reset-password';
import { updateUser } from '../../app/users/update-user';
import {
  createUserRequestSchema,
  directorySchema,
  divisionEntrySchema,
  listUsersQuerySchema,
  presentUser,
  registerDivisionRequestSchema,
  registerUnitRequestSchema,
  resetPasswordRequestSchema,
  unitEntrySchema,
  updateUserRequestSchema,
  userIdParamsSchema,
  userPageSchema,
  userSchema,
} from '../../contract/users';
import type { RouteOptions } from './route-options';

const tags = ['用户管理'];

export const usersRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  app.get('/api/users', { schema: { tags, summary: '用户列表', querystring: listUsersQuerySchema, response: { 200: userPageSchema } } }, async (request) => {
    const { page, pageSize, ...query } = request.query;
    const result = await listUsers(deps, { caller: request.caller, query, page, pageSize });
    return { ...result, items: result.items.map(presentUser) };
  });

  app.post('/api/users', { schema: { tags, summary: '创建用户', body: createUserRequestSchema, response: { 201: userSchema } } }, async (request, reply) => {
    const user = await createUser(deps, { caller: request.caller, user: request.body });
    return reply.status(201).send(presentUser(user));
  });

  app.get('/api/users/:id', { schema: { tags, summary: '查看用户', params: userIdParamsSchema, response: { 200: userSchema } } }, async (request) =>
    presentUser(await showUser(deps, { caller: request.caller, id: request.params.id })),
  );

  app.patch('/api/users/:id', { schema: { tags, summary: '修改用户（角色、单位、区划、姓名、停用）', params: userIdParamsSchema, body: updateUserRequestSchema, response: { 200: userSchema } } }, async (request) => {
    const { expectedVersion, ...changes } = request.body;
    return presentUser(await updateUser(deps, { caller: request.caller, id: request.params.id, expectedVersion, changes }));
  });

  app.post('/api/users/:id/password', { schema: { tags, summary: '重置用户密码（同时解除锁定、结束其会话）', params: userIdParamsSchema, body: resetPasswordRequestSchema, response: { 200: userSchema } } }, async (request) =>
    presentUser(await resetPassword(deps, { caller: request.caller, id: request.params.id, password: request.body.password })),
  );

  app.get('/api/directory', { schema: { tags, summary: '单位和财政区划（供设置用户所属单位、区划）', response: { 200: directorySchema } } }, async (request) =>
    getDirectory(deps, { caller: request.caller }),
  );

  app.post('/api/directory/units', { schema: { tags, summary: '登记单位', body: registerUnitRequestSchema, response: { 201: unitEntrySchema } } }, async (request, reply) => {
    const unit = await registerUnit(deps, { caller: request.caller, unit: { ...request.body, divisionCode: request.body.divisionCode ?? null } });
    return reply.status(201).send(unit);
  });

  app.post('/api/directory/divisions', { schema: { tags, summary: '登记财政区划', body: registerDivisionRequestSchema, response: { 201: divisionEntrySchema } } }, async (request, reply) =>
    reply.status(201).send(await registerDivision(deps, { caller: request.caller, division: request.body })),
  );
};
