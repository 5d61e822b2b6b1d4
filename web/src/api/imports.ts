/** Imports (src/contract/imports.ts): upload → preview → confirm or reject; the history. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { importPageSchema, listImportsQuerySchema, ImportDetailJson, ImportSummaryJson } from '../../../src/contract/imports';
import { api } from './client';

export type ImportPage = z.infer<typeof importPageSchema>;
export type ImportsQuery = Partial<z.infer<typeof listImportsQuerySchema>>;
export type { ImportDetailJson, ImportSummaryJson };

export function useImports(query: ImportsQuery) {
  return useQuery({ queryKey: ['imports', query], queryFn: () => api.get<ImportPage>('/api/imports', query), placeholderData: keepPreviousData });
}

export function useImport(id: string | null) {
  return useQuery({ queryKey: ['import', id], queryFn: () => api.get<ImportDetailJson>(`/api/imports/${id ?? ''}`), enabled: id !== null });
}

export function useUpload() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, year }: { file: File; year?: number }) => {
      const form = new FormData();
      if (year) form.set('year', String(year));
      form.set('file', file, file.name);
      return api.upload<ImportDetailJson>('/api/imports', form);
    },
    onSuccess: (preview) => {
      client.setQueryData(['import', preview.id], preview);
      void client.invalidateQueries({ queryKey: ['imports'] });
    },
  });
}

/** Confirm (store, replacing when asked) or reject a preview; every list that shows stored data is refreshed. */
export function useDecideImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision, replace }: { id: string; decision: 'confirm' | 'reject'; replace?: boolean }) =>
      api.post<ImportDetailJson>(`/api/imports/${id}/${decision}`, decision === 'confirm' ? { replace: replace ?? false } : undefined),
    onSuccess: (result) => {
      client.setQueryData(['import', result.id], result);
      for (const key of ['imports', 'unit-years', 'unit-year', 'dashboard', 'findings', 'years', 'directory']) void client.invalidateQueries({ queryKey: [key] });
    },
  });
}
