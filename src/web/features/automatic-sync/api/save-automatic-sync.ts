import {
  automaticSyncStatusSchema,
  type AutomaticSyncSettings,
  type AutomaticSyncStatus,
} from '../../../../shared/automatic-sync';
import { api } from '../../../lib/api-client';
import { useStatusMutation } from './status-mutation';

export const saveAutomaticSync = (settings: AutomaticSyncSettings): Promise<AutomaticSyncStatus> =>
  api('/automatic-sync', { method: 'PUT', body: settings, schema: automaticSyncStatusSchema });

export const useSaveAutomaticSync = () => useStatusMutation(saveAutomaticSync);
