/** The JSON shape of a finding, as the CLI prints it and the server returns it. */
import { z } from 'zod';

export const locationSchema = z.object({
  line: z.number().int().positive().optional(),
  project: z.number().int().positive().optional(),
  projectCode: z.string().optional(),
  indicator: z.number().int().positive().optional(),
  field: z.string().optional(),
  cell: z.string().optional(),
});

export const findingSchema = z.object({
  code: z.string().describe('稳定的问题代码；审核发现时为规则编号'),
  severity: z.enum(['error', 'warning', 'info']),
  location: locationSchema,
  message: z.string(),
  suggestion: z.string().optional(),
  evidence: z.array(z.object({ location: locationSchema, text: z.string() })).optional(),
  family: z.enum(['structure', 'values', 'money', 'spending-plan', 'consistency', 'quality']).optional().describe('审核发现的规则类别'),
  explanation: z.string().optional().describe('规则说明：为什么这是问题'),
});

export type FindingJson = z.infer<typeof findingSchema>;
