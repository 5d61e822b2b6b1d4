/** The finance dashboard of a year (src/contract/dashboard.ts). */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DashboardJson, SpendingCurveJson } from '../../../src/contract/dashboard';
import { api } from './client';

export type { DashboardJson, SpendingCurveJson };

export function useDashboard(query: { year?: number; divisionCode?: string }) {
  return useQuery({ queryKey: ['dashboard', query], queryFn: () => api.get<DashboardJson>('/api/dashboard', query), placeholderData: keepPreviousData });
}
