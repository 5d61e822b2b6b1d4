/** Accounts and the directory (src/contract/users.ts): queries and mutations for the Users page. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { directorySchema, divisionEntrySchema, listUsersQuerySchema, unitEntrySchema, userPageSchema, CreateUserRequest, UpdateUserRequest, UserJson } from '../../../src/contract/users';
import { api } from './client';

export type UserPage = z.infer<typeof userPageSchema>;
export type UsersQuery = Partial<z.infer<typeof listUsersQuerySchema>>;
export type Directory = z.infer<typeof directorySchema>;
export type UnitEntry = z.infer<typeof unitEntrySchema>;
export type DivisionEntry = z.infer<typeof divisionEntrySchema>;
export type { CreateUserRequest, UpdateUserRequest, UserJson };

export function useUsers(query: UsersQuery) {
  return useQuery({ queryKey: ['users', query], queryFn: () => api.get<UserPage>('/api/users', query), placeholderData: keepPreviousData });
}

export function useDirectory() {
  return useQuery({ queryKey: ['directory'], queryFn: () => api.get<Directory>('/api/directory'), staleTime: 60_000 });
}

function useInvalidating<TInput, TResult>(keys: string[], call: (input: TInput) => Promise<TResult>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => Promise.all(keys.map((key) => client.invalidateQueries({ queryKey: [key] }))),
  });
}

export const useCreateUser = () => useInvalidating(['users'], (user: CreateUserRequest) => api.post<UserJson>('/api/users', user));

export const useUpdateUser = () =>
  useInvalidating(['users'], ({ id, ...changes }: UpdateUserRequest & { id: string }) => api.patch<UserJson>(`/api/users/${id}`, changes));

export const useResetPassword = () =>
  useInvalidating(['users'], ({ id, password }: { id: string; password: string }) => api.post<UserJson>(`/api/users/${id}/password`, { password }));

export const useRegisterUnit = () =>
  useInvalidating(['directory'], (unit: { code: string; name: string; divisionCode?: string | null }) => api.post<UnitEntry>('/api/directory/units', unit));

export const useRegisterDivision = () =>
  useInvalidating(['directory'], (division: DivisionEntry) => api.post<DivisionEntry>('/api/directory/divisions', division));
