/** Findings across units and the rule catalogue (src/contract/review.ts). */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { findingPageSchema, listFindingsQuerySchema, rulesSchema, FindingListItemJson, RuleJson, StoredFindingJson } from '../../../src/contract/review';
import { api } from './client';

export type FindingPage = z.infer<typeof findingPageSchema>;
export type FindingsQuery = Partial<z.infer<typeof listFindingsQuerySchema>>;
export type { FindingListItemJson, RuleJson, StoredFindingJson };

export function useFindings(query: FindingsQuery) {
  return useQuery({ queryKey: ['findings', query], queryFn: () => api.get<FindingPage>('/api/findings', query), placeholderData: keepPreviousData });
}

/** The rule catalogue, by id (for titles and explanations on hover); it changes only with a new release. */
export function useRules() {
  return useQuery({
    queryKey: ['rules'],
    queryFn: async () => new Map((await api.get<z.infer<typeof rulesSchema>>('/api/rules')).items.map((rule) => [rule.id, rule] as const)),
    staleTime: Infinity,
  });
}
