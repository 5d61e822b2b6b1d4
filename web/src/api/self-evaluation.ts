/**
 * 绩效自评 (src/contract/self-evaluation.ts): a project's evaluation with its score and working, saving it, a
 * unit's summary weighted by budget, the division ranking, and the Word/Excel tables.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ActualJson,
  RankingJson,
  SaveSelfEvaluationRequest,
  SelfEvaluationJson,
  UnitSelfEvaluationJson,
  WeightChange,
  WeightKeyJson,
} from '../../../src/contract/self-evaluation';
import { api, urlOf } from './client';

export type { ActualJson, RankingJson, SaveSelfEvaluationRequest, SelfEvaluationJson, UnitSelfEvaluationJson, WeightChange, WeightKeyJson };
export type EvaluatedIndicatorJson = SelfEvaluationJson['indicators'][number];
export type SelfEvaluationFindingJson = SelfEvaluationJson['findings'][number];

const projectKey = (id: string) => ['self-evaluation', id] as const;

export function useSelfEvaluation(projectId: string) {
  return useQuery({ queryKey: projectKey(projectId), queryFn: () => api.get<SelfEvaluationJson>(`/api/projects/${projectId}/self-evaluation`) });
}

/** Saves a draft (findings do not block saving); the answer is the evaluation as its GET gives it. */
export function useSaveSelfEvaluation(projectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (evaluation: SaveSelfEvaluationRequest) => api.put<SelfEvaluationJson>(`/api/projects/${projectId}/self-evaluation`, evaluation),
    onSuccess: (evaluation) => {
      client.setQueryData(projectKey(projectId), evaluation);
      void client.invalidateQueries({ queryKey: ['unit-self-evaluation'] });
      void client.invalidateQueries({ queryKey: ['self-evaluation-ranking'] });
    },
  });
}

export function useUnitSelfEvaluation(unitYearId: string) {
  return useQuery({ queryKey: ['unit-self-evaluation', unitYearId], queryFn: () => api.get<UnitSelfEvaluationJson>(`/api/unit-years/${unitYearId}/self-evaluation`) });
}

/** The division ranking (finance reviewers: their division; admins name one or see all). */
export function useRanking(query: { year: number | undefined; divisionCode?: string }) {
  return useQuery({
    queryKey: ['self-evaluation-ranking', query],
    queryFn: () => api.get<RankingJson>('/api/self-evaluations/ranking', query),
    enabled: query.year !== undefined,
    placeholderData: keepPreviousData,
  });
}

/** The download address of a unit's self-evaluation tables (domain.md §6). */
export function selfEvaluationExportUrlOf(unitYearId: string, format: 'docx' | 'xlsx' | 'open-data'): string {
  return urlOf(`/api/unit-years/${unitYearId}/self-evaluation/export`, { format });
}
