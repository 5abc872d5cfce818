import { queryOptions, useQuery } from '@tanstack/react-query';
import { sessionUserSchema, type SessionUser } from '../../../shared/auth';
import { api } from '../api-client';

export const sessionKeys = {
  me: ['session', 'me'] as const,
};

export const getMe = (): Promise<SessionUser> => api('/auth/me', { schema: sessionUserSchema });

export const getMeQueryOptions = () => queryOptions({ queryKey: sessionKeys.me, queryFn: getMe, staleTime: 60_000 });

/** The signed-in user; screens behind the shell's guard can rely on it being loaded. */
export function useCurrentUser(): SessionUser | undefined {
  return useQuery(getMeQueryOptions()).data;
}
