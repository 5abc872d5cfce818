import type { JobFailureReason, StopReason } from '../../shared/push-jobs';

/** Why one contact failed, as its outcome row keeps it. */
export interface RowFailure {
  reason: JobFailureReason;
  /** An HTTP status or a transport error, for a batch that failed as a whole. */
  detail: string | null;
  smailyCode: number | null;
  smailyMessage: string | null;
}

/** Smaily's account refusal that stops a job. */
export interface JobStop {
  reason: StopReason;
  /** Smaily's HTTP status, or its body code for a 202; null when Smaily gave neither. */
  status: number | null;
}

/** What one request of rows came to. */
export type PartVerdict =
  | { kind: 'accepted' }
  /** Bad data (203/204): somewhere in these rows is a row Smaily will not take. */
  | { kind: 'rejected'; code: number; message: string }
  /** Every row of this request failed alike (an error code, or no answer after the client's retries). */
  | { kind: 'failed'; failure: RowFailure }
  | { kind: 'stop'; stop: JobStop };

export interface SplitResult<R> {
  sent: R[];
  failed: { row: R; failure: RowFailure }[];
  /** Set when Smaily refused the account; rows in neither list were not decided. */
  stop: JobStop | null;
}

/**
 * Sends a batch and, when Smaily rejects it for bad data, halves it (the first half takes the odd row) and sends
 * each half, down to single rows: the good rows are sent and each bad row fails with Smaily's own code and
 * message. Smaily keeps the valid rows of a rejected batch, so sending them again in a half is harmless (an
 * upsert by e-mail). An account refusal stops at once and leaves the remaining rows undecided.
 */
export async function sendSplitting<R>(
  rows: readonly R[],
  send: (part: readonly R[]) => Promise<PartVerdict>,
): Promise<SplitResult<R>> {
  const result: SplitResult<R> = { sent: [], failed: [], stop: null };

  async function sendPart(part: readonly R[]): Promise<void> {
    if (result.stop || part.length === 0) return;
    const verdict = await send(part);
    switch (verdict.kind) {
      case 'accepted':
        result.sent.push(...part);
        return;
      case 'failed':
        result.failed.push(...part.map((row) => ({ row, failure: verdict.failure })));
        return;
      case 'stop':
        result.stop = verdict.stop;
        return;
      case 'rejected': {
        const [only] = part;
        if (part.length === 1 && only !== undefined) {
          const failure: RowFailure = {
            reason: 'smaily-error',
            detail: null,
            smailyCode: verdict.code,
            smailyMessage: verdict.message,
          };
          result.failed.push({ row: only, failure });
          return;
        }
        const middle = Math.ceil(part.length / 2);
        await sendPart(part.slice(0, middle));
        await sendPart(part.slice(middle));
      }
    }
  }

  await sendPart(rows);
  return result;
}
