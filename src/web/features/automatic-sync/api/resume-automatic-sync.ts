import { automaticSyncStatusSchema, type AutomaticSyncStatus } from '../../../../shared/automatic-sync';
import { api } from '../../../lib/api-client';
import { useStatusMutation } from './status-mutation';

/** Jätka: clears a pause once its cause is fixed; refused (409) while Smaily is not active. */
export const resumeAutomaticSync = (): Promise<AutomaticSyncStatus> =>
  api('/automatic-sync/resume', { method: 'POST', schema: automaticSyncStatusSchema });

export const useResumeAutomaticSync = () => useStatusMutation(resumeAutomaticSync);
