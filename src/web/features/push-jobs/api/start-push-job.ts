import { pushJobSchema, type StartPushJobInput } from '../../../../shared/push-jobs';
import { api } from '../../../lib/api-client';
import { useJobMutation } from './job-mutation';

export const startPushJob = (input: StartPushJobInput) =>
  api('/push-jobs', { method: 'POST', body: input, schema: pushJobSchema });

export const useStartPushJob = () => useJobMutation(startPushJob);
