/**
 * 绩效运行监控 (src/contract/monitoring.ts): rounds, the division view, a unit's reports, saving a project's
 * report, submitting, the Excel template round trip and the exports. Saving answers with the project's entry
 * (report, lights, findings, version): the cached unit is updated from it, so lights follow each save.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type {
  CreateMonitoringRoundRequest,
  DivisionRowJson,
  IndicatorLightJson,
  MonitoringFindingJson,
  MonitoringProjectJson,
  MonitoringRoundDetailJson,
  MonitoringRoundJson,
  MonitoringRoundListJson,
  MonitoringUnitJson,
  ProgressJson,
  SaveMonitoringReportRequest,
  SpendingLightJson,
} from '../../../src/contract/monitoring';
import { api, urlOf } from './client';

export type {
  DivisionRowJson,
  IndicatorLightJson,
  MonitoringFindingJson,
  MonitoringProjectJson,
  MonitoringRoundDetailJson,
  MonitoringRoundJson,
  MonitoringUnitJson,
  ProgressJson,
  SaveMonitoringReportRequest,
  SpendingLightJson,
};

const roundsKey = ['monitoring-rounds'] as const;
const roundKey = (id: string) => ['monitoring-round', id] as const;
const unitKey = (roundId: string, unitId: string) => ['monitoring-unit', roundId, unitId] as const;

export function useMonitoringRounds(query: { year?: number; status?: 'open' | 'closed' }) {
  return useQuery({ queryKey: [...roundsKey, query], queryFn: () => api.get<MonitoringRoundListJson>('/api/monitoring-rounds', query), placeholderData: keepPreviousData });
}

/** The division view of a round (finance reviewers, admins). */
export function useMonitoringRound(id: string) {
  return useQuery({ queryKey: roundKey(id), queryFn: () => api.get<MonitoringRoundDetailJson>(`/api/monitoring-rounds/${id}`) });
}

export function useMonitoringUnit(roundId: string, unitId: string) {
  return useQuery({ queryKey: unitKey(roundId, unitId), queryFn: () => api.get<MonitoringUnitJson>(`/api/monitoring-rounds/${roundId}/units/${unitId}`) });
}

function refreshRounds(client: QueryClient): void {
  void client.invalidateQueries({ queryKey: roundsKey });
  void client.invalidateQueries({ queryKey: ['monitoring-round'] });
}

export function useCreateRound() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (round: CreateMonitoringRoundRequest) => api.post<MonitoringRoundJson>('/api/monitoring-rounds', round),
    onSuccess: () => refreshRounds(client),
  });
}

export function useCloseRound() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, expectedVersion }: { id: string; expectedVersion: number }) => api.post<MonitoringRoundJson>(`/api/monitoring-rounds/${id}/close`, { expectedVersion }),
    onSuccess: () => {
      refreshRounds(client);
      void client.invalidateQueries({ queryKey: ['monitoring-unit'] });
    },
  });
}

/** Replaces one project of the cached unit with the saved entry; the unit's worst light and counts are read again. */
function applyProject(client: QueryClient, roundId: string, unitId: string, project: MonitoringProjectJson): void {
  client.setQueryData<MonitoringUnitJson>(unitKey(roundId, unitId), (unit) => unit && { ...unit, projects: unit.projects.map((entry) => (entry.id === project.id ? project : entry)) });
  void client.invalidateQueries({ queryKey: unitKey(roundId, unitId) });
  void client.invalidateQueries({ queryKey: roundKey(roundId) });
}

export function useSaveMonitoringReport(roundId: string, unitId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ projectId, report }: { projectId: string; report: SaveMonitoringReportRequest }) => api.put<MonitoringProjectJson>(`/api/monitoring-rounds/${roundId}/projects/${projectId}`, report),
    onSuccess: (project) => applyProject(client, roundId, unitId, project),
  });
}

export function useSubmitMonitoring(roundId: string, unitId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<MonitoringUnitJson>(`/api/monitoring-rounds/${roundId}/units/${unitId}/submit`),
    onSuccess: (unit) => {
      client.setQueryData(unitKey(roundId, unitId), unit);
      refreshRounds(client);
    },
  });
}

/** Uploads the filled template; nothing is stored when any cell is wrong (422 with every cell's finding). */
export function useUploadMonitoringTemplate(roundId: string, unitId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.set('file', file, file.name);
      return api.upload<MonitoringUnitJson>(templateUrlOf(roundId, unitId), form);
    },
    onSuccess: (unit) => {
      client.setQueryData(unitKey(roundId, unitId), unit);
      void client.invalidateQueries({ queryKey: roundKey(roundId) });
    },
  });
}

/** Where the pre-filled Excel template of a unit is downloaded. */
export function templateUrlOf(roundId: string, unitId: string): string {
  return `/api/monitoring-rounds/${roundId}/units/${unitId}/template.xlsx`;
}

/** The download address of a unit's monitoring table (domain.md §6). */
export function monitoringExportUrlOf(roundId: string, unitId: string, format: 'docx' | 'xlsx' | 'open-data'): string {
  return urlOf(`/api/monitoring-rounds/${roundId}/units/${unitId}/export`, { format });
}
