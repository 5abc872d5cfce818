import type { SmailyAccount, SmailyClient, SmailyOutcome } from './types';

/** One person on Smaily's unsubscribed list, as Smaily gave it. */
export interface Unsubscriber {
  email: string;
  /** `YYYY-MM-DD HH:MM:SS` in Tallinn time, `0000-00-00 00:00:00` or "" when Smaily gave none. */
  unsubscribedAt: string;
}

export interface UnsubscriberPaging {
  /** Rows asked per page (Smaily caps it at 25 000). */
  pageSize: number;
  /** A list that never ends is an answer gone wrong, not a very large account: the read gives up past this. */
  maxPages?: number;
}

/**
 * The whole unsubscribers list (`list=2`, smaily-api.md §5), page by page: `offset` is a page number, and the
 * list ends with an empty page or one shorter than asked. All or nothing: the first page that fails ends the read
 * with its failure (its `attempts` counting every request made), so no caller ever mistakes a part for the whole.
 */
export async function readAllUnsubscribers(
  client: SmailyClient,
  account: SmailyAccount,
  { pageSize, maxPages = 10_000 }: UnsubscriberPaging,
): Promise<SmailyOutcome<Unsubscriber[]>> {
  const rows: Unsubscriber[] = [];
  let attempts = 0;
  for (let page = 0; page < maxPages; page += 1) {
    const outcome = await client.listUnsubscribers(account, {
      page,
      limit: pageSize,
      fields: ['email', 'unsubscribed_at'],
    });
    attempts += outcome.attempts;
    // A failure as it came, with every attempt of the read counted (invalid-address made none).
    if (outcome.kind !== 'ok') return outcome.kind === 'invalid-address' ? outcome : { ...outcome, attempts };
    for (const row of outcome.body) rows.push({ email: row.email, unsubscribedAt: row.unsubscribed_at ?? '' });
    if (outcome.body.length < pageSize) return { kind: 'ok', body: rows, attempts };
  }
  return { kind: 'invalid-response', status: 200, attempts };
}
