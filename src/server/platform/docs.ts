/** OpenAPI from the routes' zod schemas: the document at /api/docs/json, a browsable page at /api/docs. */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { App } from './app';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

export async function registerApiDocs(app: App, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Jixiao 绩效 API',
        description:
          '预算绩效管理系统接口。登录后浏览器持有会话 Cookie；每个修改数据的请求须在 X-CSRF-Token 请求头中带上登录时返回的 csrfToken。错误一律为 { error: { code, message, fields?, details?, requestId } }。',
        version,
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
}
