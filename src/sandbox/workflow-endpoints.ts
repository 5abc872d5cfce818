import { upsertContactRow } from './contact-store';
import type { SandboxAccount } from './endpoints';
import { INVALID_DATA, smailyCode, type SandboxAnswer } from './sandbox-answers';
import { formatTallinnTime } from './tallinn-time';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function wholeNumber(text: string | null): number {
  const value = Math.trunc(Number(text ?? 0));
  return Number.isFinite(value) && value > 0 ? value : 0;
}

/** GET workflows.php?trigger_type=form_submitted: the legacy `[{id, title}]` the plugins probe with (§2). */
export const legacyWorkflows = (account: SandboxAccount) => account.workflows.map(({ id, title }) => ({ id, title }));

/**
 * GET autoresponder.php (smaily-api.md §5, D-arlist): `limit` 0 or missing returns every workflow; `page` applies
 * only with a limit and counts from 0 (its documented default; whether Smaily's first page is 0 or 1 is
 * UNCONFIRMED).
 */
export function listAutoresponders(account: SandboxAccount, query: URLSearchParams, now: number) {
  const all = account.workflows.map(({ id, title }) => ({
    id,
    name: title,
    status: 'ACTIVE',
    sections: [],
    tags: [],
    created_at: formatTallinnTime(now),
    activated_at: formatTallinnTime(now),
  }));
  const limit = wholeNumber(query.get('limit'));
  if (limit === 0) return all;
  const page = wholeNumber(query.get('page'));
  return all.slice(page * limit, page * limit + limit);
}

/** `autoresponder` as sent: absent is allowed; otherwise a number the account has, or undefined when it has not. */
function chosenWorkflow(account: SandboxAccount, value: unknown): number | null | undefined {
  if (value === undefined || value === null || value === '') return null;
  const id = Number(value);
  return account.workflows.some((workflow) => workflow.id === id) ? id : undefined;
}

/**
 * POST autoresponder.php (smaily-api.md §5, D-artrigger): `{autoresponder?, addresses: [{email, …fields}]}` stores
 * each address as contact.php would and starts the workflow for it, answering `{code, message, addresses}` with
 * the accepted e-mails. JSON only: the documented body. UNCONFIRMED, chosen here: an address without
 * `is_unsubscribed` keeps its status (an opt-in never silently re-subscribes in the sandbox); a request with no
 * acceptable address answers 203.
 */
export function triggerAutoresponder(account: SandboxAccount, body: unknown, now: number): SandboxAnswer {
  const addresses = isRecord(body) ? body.addresses : undefined;
  if (!Array.isArray(addresses) || addresses.length === 0)
    return smailyCode(207, 'Following fields are required - addresses');
  const autoresponder = chosenWorkflow(account, isRecord(body) ? body.autoresponder : undefined);
  if (autoresponder === undefined) return smailyCode(221, 'Invalid autoresponder ID provided');
  const accepted: string[] = [];
  for (const address of addresses) {
    if (!isRecord(address) || upsertContactRow(account, address, now) !== 'stored') continue;
    const email = String(address.email).trim();
    accepted.push(email);
    account.triggered.push({ autoresponder, email, at: now });
  }
  if (accepted.length === 0) return INVALID_DATA;
  return { status: 200, body: { code: 101, message: 'OK', addresses: accepted } };
}
