import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  sbClashListSchema,
  sbWriteBackStatusSchema,
  type SbClashChoice,
} from '../../../../shared/standard-books-master';
import { api } from '../../../lib/api-client';
import { sbKeys } from './keys';

/** Code clashes and the consent write-back of the Standard Books ühendus page (src/shared/standard-books-master). */

export const sbClashesQueryOptions = () =>
  queryOptions({
    queryKey: sbKeys.clashes(),
    queryFn: () => api('/standard-books/clashes', { schema: sbClashListSchema }),
  });

export const useSbClashes = () => useQuery(sbClashesQueryOptions());

export function useChooseSbClash() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, choice }: { code: string; choice: SbClashChoice | null }) =>
      api(`/standard-books/clashes/${encodeURIComponent(code)}`, {
        method: 'PUT',
        body: { choice },
        schema: sbClashListSchema,
      }),
    onSuccess: (list) => queryClient.setQueryData(sbKeys.clashes(), list),
  });
}

export const sbWriteBackQueryOptions = () =>
  queryOptions({
    queryKey: sbKeys.writeBack(),
    queryFn: () => api('/standard-books/write-back', { schema: sbWriteBackStatusSchema }),
  });

export const useSbWriteBack = () => useQuery(sbWriteBackQueryOptions());

export function useSetSbWriteBack() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (enabled: boolean) =>
      api('/standard-books/write-back', { method: 'PUT', body: { enabled }, schema: sbWriteBackStatusSchema }),
    onSuccess: (status) => queryClient.setQueryData(sbKeys.writeBack(), status),
  });
}

export function useRunSbWriteBack() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api('/standard-books/write-back/runs', { method: 'POST', schema: sbWriteBackStatusSchema }),
    onSuccess: (status) => queryClient.setQueryData(sbKeys.writeBack(), status),
  });
}
