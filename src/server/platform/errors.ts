/**
 * Every error becomes `{ error: { code, message, fields?, details?, requestId } }` with the status from
 * error-status.ts. Unexpected errors are logged with the request id and answered with a generic Chinese
 * message: no stack trace, no SQL, no file path ever reaches a client.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { App } from './app';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isDomainError, type DomainError } from '../../core/errors';
import type { ApiErrorCode, ErrorBody, FieldError } from '../../contract/errors';
import { errorStatus } from './error-status';

/** Builds the body of an error answer. */
function errorBody(code: ApiErrorCode, message: string, extra: { fields?: FieldError[]; details?: Record<string, unknown>; requestId?: string } = {}): ErrorBody {
  return { error: { code, message, ...extra } };
}

/** Sends an error answer with the status of its code. */
function sendError(reply: FastifyReply, code: ApiErrorCode, message: string, extra: Parameters<typeof errorBody>[2] = {}): FastifyReply {
  return reply.status(errorStatus[code]).send(errorBody(code, message, { ...extra, requestId: reply.request.id }));
}

/** Installs the error and not-found handlers. `webApp` answers non-API GETs that match no route. */
export function registerErrorHandling(app: App, options: { uploadLimitBytes: number; webApp: ((reply: FastifyReply) => FastifyReply) | null }): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (isDomainError(error)) return sendDomainError(reply, error);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = error.validation.map((issue) => ({ path: issue.instancePath.replace(/^\//, '').replaceAll('/', '.'), message: issue.message ?? '格式不正确' }));
      const message = `请求内容有误：${fields.map((field) => (field.path ? `${field.path}：${field.message}` : field.message)).join('；')}`;
      return sendError(reply, 'validation_failed', message, { fields, details: { in: error.validationContext ?? 'body' } });
    }
    return sendFrameworkError(request, reply, error, options.uploadLimitBytes);
  });
  app.setNotFoundHandler((request, reply) => {
    if (request.method === 'GET' && !isApiPath(request.url) && options.webApp) return options.webApp(reply);
    return sendError(reply, 'not_found', `没有这个地址：${request.method} ${request.url.split('?')[0]}`);
  });
}

export function isApiPath(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
}

function sendDomainError(reply: FastifyReply, error: DomainError): FastifyReply {
  const details = plainDetails(error.details);
  const fields = Array.isArray(details?.fields) ? (details.fields as FieldError[]) : undefined;
  const { fields: _fields, ...rest } = details ?? {};
  if (typeof rest.retryAfterSeconds === 'number') reply.header('retry-after', String(rest.retryAfterSeconds));
  const exposed = error.code.startsWith('storage_') || Object.keys(rest).length === 0 ? undefined : rest;
  return sendError(reply, error.code, error.message, { ...(fields ? { fields } : {}), ...(exposed ? { details: exposed } : {}) });
}

/** The details if they are plain JSON data (never an Error, whose stack or SQL could leak), else undefined. */
function plainDetails(details: unknown): Record<string, unknown> | undefined {
  if (typeof details !== 'object' || details === null || Array.isArray(details)) return undefined;
  return isPlainData(details) ? (details as Record<string, unknown>) : undefined;
}

function isPlainData(value: unknown): boolean {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true;
  if (Array.isArray(value)) return value.every(isPlainData);
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value).every(isPlainData);
}

const frameworkErrors: Record<string, { code: ApiErrorCode; message: (limit: number) => string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'payload_too_large', message: () => '请求内容太大。' },
  FST_REQ_FILE_TOO_LARGE: { code: 'payload_too_large', message: (limit) => `上传的文件太大：最大 ${Math.round(limit / 1024 / 1024)} MB。` },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'unsupported_media_type', message: () => '不支持这种请求内容类型；请发送 JSON（Content-Type: application/json）。' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'bad_request', message: () => '请求内容不是有效的 JSON。' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'bad_request', message: () => '请求内容为空；请发送 JSON。' },
};

function sendFrameworkError(request: FastifyRequest, reply: FastifyReply, error: FastifyError, uploadLimitBytes: number): FastifyReply {
  const known = frameworkErrors[error.code];
  if (known) return sendError(reply, known.code, known.message(uploadLimitBytes));
  const status = error.statusCode ?? 500;
  if (status === 413) return sendError(reply, 'payload_too_large', '请求内容太大。');
  if (status >= 400 && status < 500) {
    request.log.info({ err: error }, 'request refused by the framework');
    return sendError(reply, status === 404 ? 'not_found' : 'bad_request', '请求无法处理，请检查请求的格式。');
  }
  request.log.error({ err: error }, 'internal error');
  return sendError(reply, 'internal_error', `服务器内部错误。请稍后重试；如果问题持续，请把请求编号 ${request.id} 告诉系统管理员。`);
}
