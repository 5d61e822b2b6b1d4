/**
 * A project's target table (src/contract/projects.ts). Every indicator edit answers with the indicator and the
 * project's findings recomputed: the cached project is updated from that answer, so the findings panel follows
 * each edit without another request.
 */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type {
  CreateIndicatorRequest,
  IndicatorChangeJson,
  IndicatorRecordJson,
  ProjectDetailJson,
  UpdateIndicatorRequest,
  UpdateProjectRequest,
} from '../../../src/contract/projects';
import type { ReviewGrade } from '../../../src/core/workflow/unit-year-status';
import { api } from './client';

export type { IndicatorRecordJson, ProjectDetailJson };

const keyOf = (id: string) => ['project', id] as const;

export function useProject(id: string) {
  return useQuery({ queryKey: keyOf(id), queryFn: () => api.get<ProjectDetailJson>(`/api/projects/${id}`) });
}

/** Applies an indicator change to the cached project: the indicator replaced, added or removed; new findings and version. */
function applyChange(client: QueryClient, projectId: string, change: IndicatorChangeJson, removedId?: string): void {
  client.setQueryData<ProjectDetailJson>(keyOf(projectId), (project) => {
    if (!project) return project;
    const { indicator } = change;
    const rest = project.indicators.filter((item) => item.id !== removedId);
    const indicators = !indicator
      ? rest
      : rest.some((item) => item.id === indicator.id)
        ? rest.map((item) => (item.id === indicator.id ? indicator : item))
        : [...rest, indicator].sort((a, b) => a.position - b.position);
    return { ...project, indicators, findings: change.findings, version: change.projectVersion };
  });
  void client.invalidateQueries({ queryKey: ['unit-year'] });
  void client.invalidateQueries({ queryKey: ['findings'] });
}

export function useUpdateIndicator(projectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...changes }: UpdateIndicatorRequest & { id: string }) => api.patch<IndicatorChangeJson>(`/api/indicators/${id}`, changes),
    onSuccess: (change) => applyChange(client, projectId, change),
  });
}

export function useCreateIndicator(projectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (indicator: CreateIndicatorRequest) => api.post<IndicatorChangeJson>(`/api/projects/${projectId}/indicators`, indicator),
    // Inserting shifts the positions of the indicators after it: read them again.
    onSuccess: (change) => {
      applyChange(client, projectId, change);
      void client.invalidateQueries({ queryKey: keyOf(projectId) });
    },
  });
}

export function useDeleteIndicator(projectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, expectedVersion }: { id: string; expectedVersion: number }) => api.delete<IndicatorChangeJson>(`/api/indicators/${id}`, { expectedVersion }),
    onSuccess: (change, { id }) => applyChange(client, projectId, change, id),
  });
}

export function useReorderIndicators(projectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (order: { expectedVersion: number; indicatorIds: string[] }) => api.put<ProjectDetailJson>(`/api/projects/${projectId}/indicator-order`, order),
    onSuccess: (project) => client.setQueryData(keyOf(projectId), project),
  });
}

export function useUpdateProject(projectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (changes: UpdateProjectRequest) => api.patch<ProjectDetailJson>(`/api/projects/${projectId}`, changes),
    onSuccess: (project) => {
      client.setQueryData(keyOf(projectId), project);
      void client.invalidateQueries({ queryKey: ['unit-year'] });
    },
  });
}

export function useGradeProject(projectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (review: { expectedVersion: number; grade: ReviewGrade; comment: string }) => api.put<ProjectDetailJson>(`/api/projects/${projectId}/review`, review),
    onSuccess: (project) => {
      client.setQueryData(keyOf(projectId), project);
      void client.invalidateQueries({ queryKey: ['unit-year'] });
    },
  });
}
