import { toContactRows } from './body-parse';
import { type ContactBook, findContact, upsertContactRow } from './contact-store';
import { UNSUBSCRIBERS_LIST_ID, contactView, listPage, readListQuery } from './contact-views';
import { emailKey } from './email';
import { formatTallinnTime } from './tallinn-time';
import type { SandboxContact, SandboxFault, SandboxWorkflow } from './types';

export interface SandboxAccount extends ContactBook {
  subdomain: string;
  username: string;
  password: string;
  workflows: SandboxWorkflow[];
  faults: SandboxFault[];
  /** Arrival times of the requests admitted by the rate limit in the last second. */
  admitted: number[];
}

export interface EndpointRequest {
  method: string;
  endpoint: string;
  query: URLSearchParams;
  body: unknown;
}

export interface SandboxAnswer {
  status: number;
  body: unknown;
}

const smaily = (code: number, message: string): SandboxAnswer => ({ status: 200, body: { code, message } });
const OK = smaily(101, 'OK');
const INVALID_DATA = smaily(203, 'Invalid data submitted');
const WRONG_METHOD = smaily(201, 'Data must be posted with POST method');
export const NOT_FOUND: SandboxAnswer = { status: 404, body: { message: 'Not Found' } };
const METHOD_NOT_ALLOWED: SandboxAnswer = { status: 405, body: { message: 'Method Not Allowed' } };

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
    if (verdicts[0] === 'invalid-email') return smaily(204, `Invalid email address provided - ${String(email)}`);
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
      : smaily(206, 'Could not find requested email address');
  }
  const list = query.get('list');
  if (list !== null) {
    const id = Number(list);
    if (!SEGMENTS[id]) return smaily(208, `Could not find list with ID - ${list}`);
    return { status: 200, body: listPage(segmentMembers(account, id), readListQuery(query)) };
  }
  return smaily(207, 'Following fields are required - email');
}

function forget(account: SandboxAccount, body: unknown): SandboxAnswer {
  if (!Array.isArray(body)) return INVALID_DATA;
  for (const email of body) if (typeof email === 'string') account.contacts.delete(emailKey(email));
  return OK;
}

function readOnly(method: string, answer: () => unknown): SandboxAnswer {
  return method === 'GET' ? { status: 200, body: answer() } : METHOD_NOT_ALLOWED;
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
      return readOnly(method, () => account.workflows.map(({ id, title }) => ({ id, title })));
    case 'autoresponder.php':
      return readOnly(method, () =>
        account.workflows.map(({ id, title }) => ({
          id,
          name: title,
          status: 'ACTIVE',
          sections: [],
          tags: [],
          created_at: formatTallinnTime(now),
          activated_at: formatTallinnTime(now),
        })),
      );
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
