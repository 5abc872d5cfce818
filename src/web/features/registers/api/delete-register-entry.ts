import { useMutation, useQueryClient } from '@tanstack/react-query';
import { registerPathSegment, type RegisterKind } from '../../../../shared/registers';
import { api } from '../../../lib/api-client';
import { changedByRegisters } from './keys';

export const deleteRegisterEntry = ({ kind, code }: { kind: RegisterKind; code: string }) =>
  api(`/registers/${registerPathSegment[kind]}/${encodeURIComponent(code)}`, { method: 'DELETE' });

export function useDeleteRegisterEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteRegisterEntry,
    onSuccess: () => Promise.all(changedByRegisters.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}
