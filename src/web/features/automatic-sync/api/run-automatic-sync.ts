import { automaticSyncStatusSchema, type AutomaticSyncStatus } from '../../../../shared/automatic-sync';
import { api } from '../../../lib/api-client';
import { useStatusMutation } from './status-mutation';

/** Käivita kohe: a run now, whatever the schedule; refused (409) while a job runs or Smaily is not active. */
export const runAutomaticSync = (): Promise<AutomaticSyncStatus> =>
  api('/automatic-sync/run', { method: 'POST', schema: automaticSyncStatusSchema });

export const useRunAutomaticSync = () => useStatusMutation(runAutomaticSync);
