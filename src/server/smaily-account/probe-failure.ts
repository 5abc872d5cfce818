import type { ActivationFailureCode } from '../../shared/smaily-account';
import type { SmailyFailure } from '../smaily/types';

export interface ProbeFailure {
  code: ActivationFailureCode;
  /** The proxy's answer to the browser. */
  httpStatus: number;
  /** What Smaily said, for Sünkroniseerimise logi: its HTTP status or body code, and its message when it gave one. */
  smailyCode: number | null;
  smailyMessage: string | null;
  /** The transport's reason (e.g. ECONNREFUSED, timeout), for Sünkroniseerimise logi. */
  cause?: string;
}

/** A failed credential check as the activation dialog, Süsteemi teade and Sünkroniseerimise logi tell it. */
export function describeProbeFailure(failure: SmailyFailure): ProbeFailure {
  const status = 'status' in failure ? failure.status : null;
  const fromSmaily = { smailyCode: status, smailyMessage: null };
  switch (failure.kind) {
    case 'unauthorized':
      return { code: 'wrong-credentials', httpStatus: 422, ...fromSmaily };
    case 'unknown-account':
      return { code: 'unknown-account', httpStatus: 422, ...fromSmaily };
    case 'no-api-access':
      // The user and password are right but may not use the API (code 202, smaily-api.md §3): the admin's to fix.
      return { code: 'no-api-access', httpStatus: 422, smailyCode: failure.code, smailyMessage: failure.message };
    case 'invalid-address':
      return { code: 'invalid-address', httpStatus: 400, smailyCode: null, smailyMessage: null };
    case 'rate-limited':
    case 'server-error':
      return { code: 'unreachable', httpStatus: 502, ...fromSmaily };
    case 'network-error':
      return { code: 'unreachable', httpStatus: 502, smailyCode: null, smailyMessage: null, cause: failure.cause };
    case 'timeout':
      return { code: 'unreachable', httpStatus: 504, smailyCode: null, smailyMessage: null, cause: 'timeout' };
    case 'smaily-error':
      return { code: 'unexpected-answer', httpStatus: 502, smailyCode: failure.code, smailyMessage: failure.message };
    case 'unexpected-status':
    case 'invalid-response':
      return { code: 'unexpected-answer', httpStatus: 502, ...fromSmaily };
  }
}
