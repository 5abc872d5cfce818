import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  registerEntrySchema,
  registerPathSegment,
  type RegisterEntry,
  type RegisterKind,
} from '../../../../shared/registers';
import { api } from '../../../lib/api-client';
import { changedByRegisters } from './keys';

interface SaveInput {
  kind: RegisterKind;
  /** The saved code of the entry being edited; absent for a new one. */
  existingCode?: string;
  entry: RegisterEntry;
}

export const saveRegisterEntry = ({ kind, existingCode, entry }: SaveInput) => {
  const base = `/registers/${registerPathSegment[kind]}`;
  return existingCode === undefined
    ? api(base, { method: 'POST', body: entry, schema: registerEntrySchema })
    : api(`${base}/${encodeURIComponent(existingCode)}`, { method: 'PUT', body: entry, schema: registerEntrySchema });
};

export function useSaveRegisterEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveRegisterEntry,
    onSuccess: () => Promise.all(changedByRegisters.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}
