/**
 * The details of a 409 `conflict`. Two reasons:
 * - `version`: someone saved the record after the version the edit started from. `current` is the record as it
 *   is now, in the same schema as its GET (IndicatorRecord for an indicator, ProjectDetail for a project or an
 *   indicator order, DepartmentPlan for a department plan); `changedFields` are the fields that differ between
 *   the version the edit started from and now (read from the audit trail); nothing was saved.
 * - `status`: the unit year's status does not allow the step (e.g. editing submitted targets);
 *   `grades`: approval needs every project graded 优 or 良.
 */
import { z } from 'zod';
import { changedBySchema, reviewGradeSchema, unitYearStatusSchema } from './common';

export const versionConflictDetailsSchema = z.object({
  reason: z.literal('version'),
  currentVersion: z.number().int(),
  current: z.unknown().describe('记录的当前内容，与其 GET 的格式相同'),
  changedFields: z.array(z.string()).describe('自 expectedVersion 以来被修改的字段'),
  updatedBy: changedBySchema,
  updatedAt: z.iso.datetime(),
});

export const statusConflictDetailsSchema = z.object({ reason: z.literal('status'), status: unitYearStatusSchema });

export const gradesConflictDetailsSchema = z.object({
  reason: z.literal('grades'),
  projects: z.array(z.object({ code: z.string(), name: z.string(), grade: reviewGradeSchema.nullable() })),
});

export const conflictDetailsSchema = z.discriminatedUnion('reason', [versionConflictDetailsSchema, statusConflictDetailsSchema, gradesConflictDetailsSchema]);

export type VersionConflictDetails = z.infer<typeof versionConflictDetailsSchema>;
export type ConflictDetails = z.infer<typeof conflictDetailsSchema>;
