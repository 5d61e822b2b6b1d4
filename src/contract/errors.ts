/**
 * The JSON body of every error the server answers: `{ error: { code, message, fields?, details? } }`.
 * `code` is stable (a DomainError code, or one the server itself raises); `message` is Chinese, for the user;
 * `fields` point at the request fields that are wrong. A stack trace is never part of it.
 */
import { z } from 'zod';
import { errorCodes } from '../core/errors';

/** Codes the server raises itself, besides the DomainError codes of src/core/errors.ts. */
export const serverErrorCodes = ['bad_request', 'payload_too_large', 'unsupported_media_type', 'internal_error', 'service_unavailable'] as const;

export const apiErrorCodes = [...errorCodes, ...serverErrorCodes] as const;
export type ApiErrorCode = (typeof apiErrorCodes)[number];

export const fieldErrorSchema = z.object({
  path: z.string().describe('出错字段的路径，如 username、filters.0.value'),
  message: z.string(),
});

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(apiErrorCodes),
      message: z.string().describe('中文说明，可直接显示给用户'),
      fields: z.array(fieldErrorSchema).optional(),
      details: z.record(z.string(), z.unknown()).optional(),
      requestId: z.string().optional().describe('请求编号，报告问题时请提供'),
    }),
  })
  .meta({ id: 'ErrorBody' });

export type FieldError = z.infer<typeof fieldErrorSchema>;
export type ErrorBody = z.infer<typeof errorBodySchema>;
