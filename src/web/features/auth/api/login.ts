import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sessionUserSchema, type LoginInput } from '../../../../shared/auth';
import { api } from '../../../lib/api-client';
import { sessionKeys } from '../../../lib/session/get-me';

export const login = (input: LoginInput) =>
  api('/auth/login', { method: 'POST', body: input, schema: sessionUserSchema });

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (user) => {
      // Another user's cached data must not show through: start from an empty cache.
      queryClient.clear();
      queryClient.setQueryData(sessionKeys.me, user);
    },
  });
}
