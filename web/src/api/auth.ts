/** Session, login, logout and first-run setup: the queries and mutations of src/contract/auth.ts. */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { loginRequestSchema, sessionStateSchema, setupRequestSchema, setupResponseSchema, setupStatusSchema, SessionJson } from '../../../src/contract/auth';
import { api, onUnauthenticated, setCsrfToken } from './client';

export type SessionState = z.infer<typeof sessionStateSchema>;
export type LoginRequest = z.infer<typeof loginRequestSchema>;
export type SetupRequest = z.input<typeof setupRequestSchema>;
export type SetupStatus = z.infer<typeof setupStatusSchema>;
export type SetupResponse = z.infer<typeof setupResponseSchema>;
export type SessionUser = SessionJson['user'];

const sessionKey = ['session'] as const;
const loggedOut: SessionState = { user: null };

function remember(client: QueryClient, state: SessionState): SessionState {
  setCsrfToken('csrfToken' in state ? state.csrfToken : null);
  client.setQueryData(sessionKey, state);
  return state;
}

/** Wires the API client's 401 to "logged out", and drops every cached answer that belonged to the session. */
export function connectSession(client: QueryClient): void {
  onUnauthenticated(() => {
    if (client.getQueryData<SessionState>(sessionKey)?.user) client.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
    remember(client, loggedOut);
  });
}

/** The session (`{ user: null }` when not logged in); the CSRF token is handed to the client as it arrives. */
export function useSession() {
  const client = useQueryClient();
  return useQuery({
    queryKey: sessionKey,
    queryFn: async () => remember(client, await api.get<SessionState>('/api/auth/session')),
    staleTime: 60_000,
  });
}

/** The logged-in user; only for pages under the authenticated layout, which renders nothing without one. */
export function useCurrentUser(): SessionUser {
  const { data } = useSession();
  if (!data?.user) throw new Error('useCurrentUser outside the authenticated layout');
  return data.user;
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (credentials: LoginRequest) => api.post<SessionJson>('/api/auth/login', credentials, { keep401: true }),
    onSuccess: (session) => {
      client.clear();
      remember(client, session);
    },
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ ok: true }>('/api/auth/logout'),
    onSettled: () => {
      client.clear();
      remember(client, loggedOut);
    },
  });
}

export function useSetupStatus() {
  return useQuery({ queryKey: ['setup'], queryFn: () => api.get<SetupStatus>('/api/setup') });
}

/** Creating the first administrator; the caller logs in next (login clears the cached setup status). */
export function useSetup() {
  return useMutation({ mutationFn: (request: SetupRequest) => api.post<SetupResponse>('/api/setup', request) });
}
