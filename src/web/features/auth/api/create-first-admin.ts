import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sessionUserSchema, type FirstAdminInput } from '../../../../shared/auth';
import { api } from '../../../lib/api-client';
import { sessionKeys } from '../../../lib/session/get-me';
import { authKeys } from './keys';

export const createFirstAdmin = (input: FirstAdminInput) =>
  api('/auth/setup', { method: 'POST', body: input, schema: sessionUserSchema });

export function useCreateFirstAdmin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createFirstAdmin,
    onSuccess: (user) => {
      queryClient.setQueryData(sessionKeys.me, user);
      return queryClient.invalidateQueries({ queryKey: authKeys.setup });
    },
  });
}
