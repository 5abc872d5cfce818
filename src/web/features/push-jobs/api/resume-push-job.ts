import { pushJobSchema } from '../../../../shared/push-jobs';
import { api } from '../../../lib/api-client';
import { useJobMutation } from './job-mutation';

/** A job Smaily stopped goes on, with the account's current credentials, from the first unacknowledged batch. */
export const resumePushJob = (id: number) => api(`/push-jobs/${id}/resume`, { method: 'POST', schema: pushJobSchema });

export const useResumePushJob = () => useJobMutation(resumePushJob);
