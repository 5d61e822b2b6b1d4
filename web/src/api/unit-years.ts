/** Unit years (src/contract/unit-years.ts): years in scope, the list, one unit year, its status steps, exports. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { exportFormats, listUnitYearsQuerySchema, unitYearPageSchema, yearsSchema, UnitYearDetailJson, UpdateDepartmentPlanRequest } from '../../../src/contract/unit-years';
import type { Transition } from '../../../src/core/workflow/unit-year-status';
import { api, urlOf } from './client';

export type UnitYearPage = z.infer<typeof unitYearPageSchema>;
export type UnitYearsQuery = Partial<z.infer<typeof listUnitYearsQuerySchema>>;
export type ExportFormat = (typeof exportFormats)[number];
export type { UnitYearDetailJson };

export function useYears() {
  return useQuery({ queryKey: ['years'], queryFn: () => api.get<z.infer<typeof yearsSchema>>('/api/years'), staleTime: 60_000 });
}

export function useUnitYears(query: UnitYearsQuery) {
  return useQuery({ queryKey: ['unit-years', query], queryFn: () => api.get<UnitYearPage>('/api/unit-years', query), placeholderData: keepPreviousData });
}

export function useUnitYear(id: string) {
  return useQuery({ queryKey: ['unit-year', id], queryFn: () => api.get<UnitYearDetailJson>(`/api/unit-years/${id}`) });
}

/** Everything a status step or an edit changes: the unit year, the lists and the dashboard. */
function useRefreshUnitYears() {
  const client = useQueryClient();
  return () => Promise.all(['unit-year', 'unit-years', 'dashboard', 'findings', 'project'].map((key) => client.invalidateQueries({ queryKey: [key] })));
}

/** submit / approve / return / publish; approve and return take the reviewer's comment. */
export function useTransition(id: string) {
  const refresh = useRefreshUnitYears();
  return useMutation({
    mutationFn: ({ transition, comment }: { transition: Transition; comment?: string }) =>
      api.post<UnitYearDetailJson>(`/api/unit-years/${id}/${transition}`, transition === 'approve' || transition === 'return' ? { comment } : undefined),
    onSuccess: refresh,
  });
}

export function useUpdateDepartmentPlan(id: string) {
  const refresh = useRefreshUnitYears();
  return useMutation({
    mutationFn: (plan: UpdateDepartmentPlanRequest) => api.put<UnitYearDetailJson>(`/api/unit-years/${id}/department-plan`, plan),
    onSuccess: refresh,
  });
}

/** The download address of an export (the browser saves it under the server's file name). */
export function exportUrlOf(id: string, format: ExportFormat): string {
  return urlOf(`/api/unit-years/${id}/export`, { format });
}
