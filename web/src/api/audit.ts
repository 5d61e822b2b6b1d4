/** The audit trail (src/contract/audit.ts). */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { auditPageSchema, listAuditQuerySchema, AuditEventJson } from '../../../src/contract/audit';
import { api } from './client';

export type AuditPage = z.infer<typeof auditPageSchema>;
export type AuditQuery = Partial<z.infer<typeof listAuditQuerySchema>>;
export type { AuditEventJson };

export function useAuditEvents(query: AuditQuery) {
  return useQuery({ queryKey: ['audit', query], queryFn: () => api.get<AuditPage>('/api/audit', query), placeholderData: keepPreviousData });
}
