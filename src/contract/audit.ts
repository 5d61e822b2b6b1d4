/** The audit trail as the API gives it. */
import { z } from 'zod';
import { roles } from '../core/access/roles';
import { pageQuerySchema, pageSchema } from './pagination';

export const auditEventSchema = z
  .object({
    id: z.uuid(),
    seq: z.number().int(),
    occurredAt: z.iso.datetime(),
    actor: z.object({
      userId: z.uuid().nullable(),
      username: z.string().nullable(),
      displayName: z.string(),
      role: z.enum(roles),
    }),
    action: z.string().describe('操作，如 user.create、auth.login、auth.login_failed'),
    entityType: z.string(),
    entityId: z.string().nullable(),
    unit: z.object({ id: z.uuid(), code: z.string(), name: z.string() }).nullable(),
    divisionCode: z.string().nullable(),
    before: z.record(z.string(), z.unknown()).nullable(),
    after: z.record(z.string(), z.unknown()).nullable(),
    requestId: z.string().nullable(),
    ip: z.string().nullable(),
  })
  .meta({ id: 'AuditEvent' });

export const listAuditQuerySchema = pageQuerySchema.extend({
  unit: z.string().max(64).optional().describe('单位编码'),
  entityType: z.string().max(64).optional(),
  entityId: z.string().max(100).optional(),
  action: z.string().max(64).optional(),
  userId: z.uuid('userId 应为用户编号（UUID）。').optional().describe('操作人的用户编号'),
  from: z.iso.datetime({ offset: true, message: 'from 应为 ISO 8601 时间，如 2021-03-01T00:00:00+08:00。' }).optional().describe('起始时间（含）'),
  to: z.iso.datetime({ offset: true, message: 'to 应为 ISO 8601 时间，如 2021-04-01T00:00:00+08:00。' }).optional().describe('截止时间（不含）'),
});

export const auditEventParamsSchema = z.object({ id: z.string().max(100) });
export const auditPageSchema = pageSchema(auditEventSchema);

export type AuditEventJson = z.infer<typeof auditEventSchema>;

/** What presentAuditEvent needs of an event (the shape src/app gives). */
export interface AuditEventLike extends Omit<AuditEventJson, 'occurredAt' | 'unit'> {
  occurredAt: Date;
  unitId: string | null;
  unitCode: string | null;
  unitName: string | null;
}

export function presentAuditEvent(event: AuditEventLike): AuditEventJson {
  const { occurredAt, unitId, unitCode, unitName, ...rest } = event;
  return {
    ...rest,
    occurredAt: occurredAt.toISOString(),
    unit: unitId && unitCode ? { id: unitId, code: unitCode, name: unitName ?? '' } : null,
  };
}
