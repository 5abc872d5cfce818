import { formatTallinnTime } from './tallinn-time';
import type { SandboxContact } from './types';

type View = Record<string, string | number>;

/** The object GET contact.php?email= answers with (smaily-api.md §3). */
export function contactView(contact: SandboxContact): View {
  return {
    email: contact.email,
    is_unsubscribed: contact.isUnsubscribed ? 1 : 0,
    created_at: formatTallinnTime(contact.createdAt),
    subscribed_at: formatTallinnTime(contact.subscribedAt),
    modified_at: formatTallinnTime(contact.modifiedAt),
    unsubscribed_at: formatTallinnTime(contact.unsubscribedAt),
    last_response_code: 0,
    last_response_at: formatTallinnTime(null),
    last_open_at: formatTallinnTime(null),
    total_opens: 0,
    last_click_at: formatTallinnTime(null),
    total_clicks: 0,
    ...contact.fields,
  };
}

export const UNSUBSCRIBERS_LIST_ID = 2;
export const MAX_LIST_LIMIT = 25_000;

export interface ListQuery {
  /** A page number, not a row offset. */
  offset: number;
  limit: number;
  fields: string[];
}

export function readListQuery(query: URLSearchParams): ListQuery {
  const offset = Math.max(0, Math.trunc(Number(query.get('offset') ?? 0)) || 0);
  const asked = Math.trunc(Number(query.get('limit') ?? 0)) || 0;
  const limit = asked <= 0 ? MAX_LIST_LIMIT : Math.min(asked, MAX_LIST_LIMIT);
  const fields = (query.get('fields') ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '' && name !== 'email');
  return { offset, limit, fields };
}

/** One page of a segment's members, sorted by e-mail; `email` is always there, unknown fields are left out. */
export function listPage(members: SandboxContact[], { offset, limit, fields }: ListQuery): View[] {
  const sorted = [...members].sort((a, b) => (a.email.toLowerCase() < b.email.toLowerCase() ? -1 : 1));
  return sorted.slice(offset * limit, offset * limit + limit).map((contact) => {
    const full = contactView(contact);
    const view: View = { email: contact.email };
    for (const name of fields) {
      const value = full[name];
      if (value !== undefined) view[name] = value;
    }
    return view;
  });
}
