import type {
  SmailyAccount,
  SmailyCallOptions,
  SmailyClient,
  SmailyOutcome,
  SmailyRow,
  SmailyWriteAnswer,
} from '../smaily/types';
import { sendSplitting, type PartVerdict, type SplitResult } from './split-batch';

/** Smaily's codes for rows it will not take: "invalid data submitted" and "invalid email address". */
const BAD_DATA_CODES = new Set([203, 204]);

/** A write's outcome (after the client's retries) as the job reads it. */
export function verdictOf(outcome: SmailyOutcome<SmailyWriteAnswer>): PartVerdict {
  switch (outcome.kind) {
    case 'ok':
      return { kind: 'accepted' };
    case 'smaily-error':
      if (BAD_DATA_CODES.has(outcome.code)) return { kind: 'rejected', code: outcome.code, message: outcome.message };
      return {
        kind: 'failed',
        failure: { reason: 'smaily-error', detail: null, smailyCode: outcome.code, smailyMessage: outcome.message },
      };
    case 'unauthorized':
      return { kind: 'stop', stop: { reason: 'unauthorized', status: outcome.status } };
    case 'unknown-account':
      return { kind: 'stop', stop: { reason: 'unknown-account', status: outcome.status } };
    case 'no-api-access':
      // Account-wide like a 401 (smaily-api.md §3, code 202): every batch would meet it, so the job stops.
      return { kind: 'stop', stop: { reason: 'no-api-access', status: outcome.code } };
    case 'invalid-address':
      // The stored address no longer passes the parser: nothing can be sent until the account is activated again.
      return { kind: 'stop', stop: { reason: 'account-inactive', status: null } };
    case 'timeout':
      return { kind: 'failed', failure: { reason: 'timeout', detail: null, smailyCode: null, smailyMessage: null } };
    case 'network-error':
      return {
        kind: 'failed',
        failure: { reason: 'network-error', detail: outcome.cause, smailyCode: null, smailyMessage: null },
      };
    case 'rate-limited':
    case 'server-error':
    case 'unexpected-status':
    case 'invalid-response':
      return {
        kind: 'failed',
        failure: { reason: outcome.kind, detail: `HTTP ${outcome.status}`, smailyCode: null, smailyMessage: null },
      };
  }
}

export interface BatchRow {
  seq: number;
  payload: SmailyRow;
}

/**
 * One batch through the client (its rate limit and retries apply, behind anyone a person waits for), split when
 * Smaily rejects it for bad data. A single row goes as one object, so that Smaily answers about that address (204
 * with the address). `withdraw` may take the batch back while it still waits for its turn (the promise then
 * rejects and nothing was sent); once it has gone, its split halves follow whatever happens.
 */
export function sendBatch(
  smaily: SmailyClient,
  account: SmailyAccount,
  rows: readonly BatchRow[],
  withdraw?: AbortSignal,
): Promise<SplitResult<BatchRow>> {
  let signal = withdraw;
  return sendSplitting(rows, async (part) => {
    const options: SmailyCallOptions = { priority: 'batch', signal };
    signal = undefined;
    const [only] = part;
    const outcome =
      part.length === 1 && only
        ? await smaily.upsertContact(account, only.payload, options)
        : await smaily.upsertContacts(
            account,
            part.map((row) => row.payload),
            options,
          );
    return verdictOf(outcome);
  });
}
