import { pushJobSchema } from '../../../../shared/push-jobs';
import { api } from '../../../lib/api-client';
import { useJobMutation } from './job-mutation';

/** Cancel: the batch in flight finishes, then the rest becomes "not sent". */
export const cancelPushJob = (id: number) => api(`/push-jobs/${id}/cancel`, { method: 'POST', schema: pushJobSchema });

export const useCancelPushJob = () => useJobMutation(cancelPushJob);
