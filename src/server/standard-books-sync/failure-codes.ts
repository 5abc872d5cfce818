import type { SbCheckFailureCode, SbReadFailureCode, SbRegisterKey } from '../../shared/standard-books-sync';
import type { SbFailure } from '../standard-books/types';

export interface DescribedFailure {
  code: SbReadFailureCode;
  /** The proxy's answer to the browser when a person waits for it (a check or a save). */
  httpStatus: number;
}

/**
 * A failed call to Standard Books as the page, Sünkroniseerimise logi and the API tell it. `register` is the
 * register asked for: a plain 404 for the contacts register (which every company has) means no such company,
 * for another register that its name (a setting) is wrong.
 */
export function describeSbFailure(failure: SbFailure, register: SbRegisterKey = 'contacts'): DescribedFailure {
  switch (failure.kind) {
    case 'address-refused': {
      const { reason } = failure.refusal;
      if (reason === 'malformed') return { code: 'invalid-address', httpStatus: 400 };
      if (reason === 'not-https') return { code: 'not-https', httpStatus: 400 };
      return { code: reason, httpStatus: 422 };
    }
    case 'unreachable':
    case 'network-error':
      return { code: 'unreachable', httpStatus: 502 };
    case 'timeout':
      return { code: 'timeout', httpStatus: 504 };
    case 'tls-error':
      return { code: 'tls-error', httpStatus: 502 };
    case 'unauthorized':
      return { code: 'wrong-credentials', httpStatus: 422 };
    case 'forbidden':
      return { code: 'no-rest-access', httpStatus: 422 };
    case 'unknown-company':
      return { code: 'unknown-company', httpStatus: 422 };
    case 'not-found':
      return register === 'contacts'
        ? { code: 'unknown-company', httpStatus: 422 }
        : { code: 'unknown-register', httpStatus: 502 };
    case 'rate-limited':
    case 'server-error':
      return { code: 'server-error', httpStatus: 502 };
    case 'invalid-request':
    case 'not-supported':
    case 'api-error':
    case 'unexpected-status':
    case 'invalid-response':
      return { code: 'unexpected-answer', httpStatus: 502 };
  }
}

/** A failed check, which always asks for the contacts register. */
export function describeCheckFailure(failure: SbFailure): DescribedFailure & { code: SbCheckFailureCode } {
  const described = describeSbFailure(failure, 'contacts');
  const { code } = described;
  return {
    ...described,
    code:
      code === 'unknown-register' || code === 'not-connected' || code === 'interrupted' ? 'unexpected-answer' : code,
  };
}

/** What a log entry may keep of a failure besides its code: never a description or hint, which can echo data. */
export function failureFacts(failure: SbFailure): Record<string, string | number> {
  const facts: Record<string, string | number> = {};
  if ('status' in failure) facts.status = failure.status;
  if ('cause' in failure) facts.cause = failure.cause;
  if (failure.kind === 'api-error') facts.apiCode = failure.code;
  return facts;
}
