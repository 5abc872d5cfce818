import { useMutation, useQueryClient } from '@tanstack/react-query';
import { consentReadSummarySchema } from '../../../../shared/consent';
import { api } from '../../../lib/api-client';
import { pushJobKeys } from './keys';

/** "Too Smailyst loobujad" (administrators): Smaily's unsubscribed list, read and stored now. */
export const readConsent = () => api('/consent/read', { method: 'POST', schema: consentReadSummarySchema });

export function useReadConsent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: readConsent,
    // The dry run counts who goes as unsubscribed, and says when consent was last read.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: pushJobKeys.dryRuns }),
  });
}
