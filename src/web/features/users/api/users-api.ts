import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  userSchema,
  type ChangeOwnPasswordInput,
  type CreateUserInput,
  type ResetPasswordInput,
  type UpdateUserInput,
} from '../../../../shared/auth';
import { api } from '../../../lib/api-client';

export const userKeys = {
  all: ['users'] as const,
};

export const getUsers = () => api('/users', { schema: z.array(userSchema) });
export const getUsersQueryOptions = () => queryOptions({ queryKey: userKeys.all, queryFn: getUsers });
export const useUsers = () => useQuery(getUsersQueryOptions());

export const createUser = (input: CreateUserInput) =>
  api('/users', { method: 'POST', body: input, schema: userSchema });
export const updateUser = ({ id, changes }: { id: number; changes: UpdateUserInput }) =>
  api(`/users/${id}`, { method: 'PATCH', body: changes, schema: userSchema });
export const resetPassword = ({ id, input }: { id: number; input: ResetPasswordInput }) =>
  api(`/users/${id}/password`, { method: 'POST', body: input });

/** A mutation of the users list that refreshes it; isPending covers the refresh too. */
function useUsersMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }) });
}

export const useCreateUser = () => useUsersMutation(createUser);
export const useUpdateUser = () => useUsersMutation(updateUser);
export const useResetPassword = () => useUsersMutation(resetPassword);

/** The signed-in user's own password; their other sessions end, this one stays. */
export const changeOwnPassword = (input: ChangeOwnPasswordInput) =>
  api('/auth/password', { method: 'POST', body: input });
export const useChangeOwnPassword = () => useMutation({ mutationFn: changeOwnPassword });
