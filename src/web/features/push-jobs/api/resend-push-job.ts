import { pushJobSchema } from '../../../../shared/push-jobs';
import { api } from '../../../lib/api-client';
import { useJobMutation } from './job-mutation';

/** A new job of the failed and not-sent contacts of an ended one. */
export const resendPushJob = (id: number) => api(`/push-jobs/${id}/resend`, { method: 'POST', schema: pushJobSchema });

export const useResendPushJob = () => useJobMutation(resendPushJob);
