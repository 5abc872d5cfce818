import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** Drops an uploaded import that was not confirmed: its rows leave the server's memory. */
export const cancelImport = (sessionId: string) => api(`/import/sessions/${sessionId}`, { method: 'DELETE' });

export const useCancelImport = () => useMutation({ mutationFn: cancelImport });
