import { toContactRows } from './body-parse';
import { type ContactBook, findContact, upsertContactRow } from './contact-store';
import { UNSUBSCRIBERS_LIST_ID, contactView, listPage, readListQuery } from './contact-views';
import { emailKey } from './email';
import { INVALID_DATA, NOT_FOUND, OK, WRONG_METHOD, readOnly, smailyCode, type SandboxAnswer } from './sandbox-answers';
import type { SandboxContact, SandboxFault, SandboxTrigger, SandboxWorkflow } from './types';
import { legacyWorkflows, listAutoresponders, triggerAutoresponder } from './workflow-endpoints';

export interface SandboxAccount extends ContactBook {
  subdomain: string;
  username: string;
  password: string;
  workflows: SandboxWorkflow[];
  faults: SandboxFault[];
  /** Arrival times of the requests admitted by the rate limit in the last second. */
  admitted: number[];
  /** Every workflow started through POST autoresponder.php, oldest first. */
  triggered: SandboxTrigger[];
}

export interface EndpointRequest {
  method: string;
  endpoint: string;
  query: URLSearchParams;
  body: unknown;
}

// Smaily's system segments as the plugins use them; 2 is the unsubscribers list (smaily-api.md §5).
const SEGMENTS: Record<number, { name: string; members: (contact: SandboxContact) => boolean }> = {
  1: { name: 'Kõik tellijad', members: (contact) => !contact.isUnsubscribed },
  [UNSUBSCRIBERS_LIST_ID]: { name: 'Loobunud', members: (contact) => contact.isUnsubscribed },
};

function segmentMembers(account: SandboxAccount, id: number): SandboxContact[] {
  const segment = SEGMENTS[id];
  if (!segment) return [];
  return [...account.contacts.values()].filter((contact) => !contact.isDeleted && segment.members(contact));
}

function upsert(account: SandboxAccount, body: unknown, now: number): SandboxAnswer {
  const parsed = toContactRows(body);
  if (!parsed || parsed.rows.length === 0) return INVALID_DATA;
  const verdicts = parsed.rows.map((row) => upsertContactRow(account, row, now));
  if (parsed.single) {
    const email = parsed.rows[0]?.email;
    if (verdicts[0] === 'invalid-email') return smailyCode(204, `Invalid email address provided - ${String(email)}`);
    return verdicts[0] === 'stored' ? OK : INVALID_DATA;
  }
  // A batch keeps its valid rows and answers one aggregate code (smaily-api.md §3, OC's comment on 203).
  return verdicts.every((verdict) => verdict === 'stored') ? OK : INVALID_DATA;
}

function readContacts(account: SandboxAccount, query: URLSearchParams): SandboxAnswer {
  const email = query.get('email');
  if (email !== null) {
    const contact = findContact(account, email);
    return contact
      ? { status: 200, body: contactView(contact) }
      : smailyCode(206, 'Could not find requested email address');
  }
  const list = query.get('list');
  if (list !== null) {
    const id = Number(list);
    if (!SEGMENTS[id]) return smailyCode(208, `Could not find list with ID - ${list}`);
    return { status: 200, body: listPage(segmentMembers(account, id), readListQuery(query)) };
  }
  return smailyCode(207, 'Following fields are required - email');
}

/**
 * The e-mails of a forget request: a JSON array (D-forget), or the URL-encoded list the legacy page also allows
 * ("either as a JSON array … or an URLencoded query string"), as PHP's http_build_query writes a list:
 * `0=a%40x.ee&1=b%40x.ee`. Anything else is not a list.
 */
function forgetList(body: unknown): unknown[] | null {
  if (Array.isArray(body)) return body as unknown[];
  if (typeof body !== 'object' || body === null) return null;
  const entries = Object.entries(body);
  if (entries.length === 0 || !entries.every(([key]) => /^\d+$/.test(key))) return null;
  return entries.map(([, email]) => email as unknown);
}

function forget(account: SandboxAccount, body: unknown): SandboxAnswer {
  const emails = forgetList(body);
  if (!emails) return INVALID_DATA;
  for (const email of emails) if (typeof email === 'string') account.contacts.delete(emailKey(email));
  return OK;
}

/** Answers an authenticated, admitted request of an account. */
export function answerEndpoint(account: SandboxAccount, request: EndpointRequest, now: number): SandboxAnswer {
  const { method, query, body } = request;
  switch (request.endpoint) {
    case 'contact.php':
      if (method === 'POST') return upsert(account, body, now);
      return method === 'GET' ? readContacts(account, query) : WRONG_METHOD;
    case 'contact/forget.php':
      return method === 'POST' ? forget(account, body) : WRONG_METHOD;
    case 'workflows.php':
      return readOnly(method, () => legacyWorkflows(account));
    case 'autoresponder.php':
      if (method === 'POST') return triggerAutoresponder(account, body, now);
      return readOnly(method, () => listAutoresponders(account, query, now));
    case 'list.php':
      return readOnly(method, () =>
        Object.entries(SEGMENTS).map(([id, { name }]) => ({
          id: Number(id),
          name,
          subscribers_count: segmentMembers(account, Number(id)).length,
        })),
      );
    default:
      return NOT_FOUND;
  }
}
