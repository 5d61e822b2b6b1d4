/**
 * Imports over HTTP: POST /api/imports (multipart: file, optional year) → a preview; POST /api/imports/:id/confirm
 * and /reject; GET /api/imports (history), GET /api/imports/:id, GET /api/imports/:id/source (the original file).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { confirmImport } from '../../app/imports/confirm-import';
import { downloadImportSource } from '../../app/imports/download-import-source';
import { listImports } from '../../app/imports/list-imports';
import { rejectImport } from '../../app/imports/reject-import';
import { showImport } from '../../app/imports/show-import';
import { uploadImport } from '../../app/imports/upload-import';
import { idParamsSchema } from '../../contract/common';
import { confirmImportRequestSchema, importDetailSchema, importPageSchema, listImportsQuerySchema } from '../../contract/imports';
import type { RouteOptions } from '../platform/route-options';
import { sendFile } from './download';
import { presentImportDetail, presentImportSummary } from './present-imports';
import { readUpload } from './read-upload';

const tags = ['导入'];
const detail = { params: idParamsSchema, response: { 200: importDetailSchema } };

export const importsRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  app.post('/api/imports', { schema: { tags, summary: '上传文件并预览（multipart/form-data：file，可选 year）', consumes: ['multipart/form-data'], response: { 201: importDetailSchema } } }, async (request, reply) => {
    const view = await uploadImport(deps, { caller: request.caller, receive: () => readUpload(request) });
    return reply.status(201).send(presentImportDetail(view));
  });

  app.post('/api/imports/:id/confirm', { schema: { tags, summary: '确认导入（已有数据时需 replace）', ...detail, body: confirmImportRequestSchema } }, async (request) =>
    presentImportDetail(await confirmImport(deps, { caller: request.caller, id: request.params.id, replace: request.body.replace })),
  );

  app.post('/api/imports/:id/reject', { schema: { tags, summary: '放弃这次上传', ...detail } }, async (request) =>
    presentImportDetail(await rejectImport(deps, { caller: request.caller, id: request.params.id })),
  );

  app.get('/api/imports', { schema: { tags, summary: '导入记录', querystring: listImportsQuerySchema, response: { 200: importPageSchema } } }, async (request) => {
    const { page, pageSize, ...query } = request.query;
    const result = await listImports(deps, { caller: request.caller, query, page, pageSize });
    return { ...result, items: result.items.map(presentImportSummary) };
  });

  app.get('/api/imports/:id', { schema: { tags, summary: '一次导入（预览、发现的问题、审核）', ...detail } }, async (request) =>
    presentImportDetail(await showImport(deps, { caller: request.caller, id: request.params.id })),
  );

  app.get('/api/imports/:id/source', { schema: { tags, summary: '原始文件', params: idParamsSchema } }, async (request, reply) =>
    sendFile(reply, await downloadImportSource(deps, { caller: request.caller, id: request.params.id })),
  );
};
