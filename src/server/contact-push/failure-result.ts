import type { PushResult } from '../../shared/contact-push';
import type { SmailyFailure } from '../smaily/types';

export type FailedResult = Extract<PushResult, { outcome: 'failed' }>;

/** A call about one contact that Smaily did not answer as asked, as the card tells it (push, consent, view). */
export function failureResult(outcome: SmailyFailure): FailedResult {
  switch (outcome.kind) {
    case 'unauthorized':
      return { outcome: 'failed', reason: 'wrong-credentials', smailyCode: outcome.status, smailyMessage: null };
    case 'unknown-account':
      return { outcome: 'failed', reason: 'unknown-account', smailyCode: outcome.status, smailyMessage: null };
    case 'no-api-access':
      return { outcome: 'failed', reason: 'no-api-access', smailyCode: outcome.code, smailyMessage: outcome.message };
    case 'smaily-error':
      return { outcome: 'failed', reason: 'smaily-error', smailyCode: outcome.code, smailyMessage: outcome.message };
    default:
      return {
        outcome: 'failed',
        reason: 'no-answer',
        smailyCode: 'status' in outcome ? outcome.status : null,
        smailyMessage: null,
      };
  }
}
