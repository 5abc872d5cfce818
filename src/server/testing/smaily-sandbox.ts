import { pino } from 'pino';
import type { SmailySandbox } from '../../sandbox/types';

// Shared by the sandbox's and the client's tests: each test gets its own account, so tests never see each other.

let counter = 0;

export interface TestAccount {
  subdomain: string;
  username: string;
  password: string;
}

export function addTestAccount(sandbox: SmailySandbox, prefix = 'acct'): TestAccount {
  counter += 1;
  const account = { subdomain: `${prefix}${counter}`, username: `user${counter}`, password: `pw-${counter}-S3cret!` };
  sandbox.addAccount(account);
  return account;
}

export const basicAuth = (username: string, password: string): string =>
  `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;

export interface RawAnswer {
  status: number;
  contentType: string;
  text: string;
  json: unknown;
}

export interface CallOptions {
  method?: string;
  /** Default: the account's own credentials; null sends no Authorization header. */
  auth?: string | null;
  contentType?: string;
  body?: string;
  query?: string;
}

/** One plain HTTP request to the sandbox, the way any Smaily client would make it. */
export async function callSandbox(
  sandbox: SmailySandbox,
  account: TestAccount,
  endpoint: string,
  options: CallOptions = {},
): Promise<RawAnswer> {
  const base = sandbox.urlTemplate.replace('{subdomain}', account.subdomain);
  const headers: Record<string, string> = {};
  const auth = options.auth === undefined ? basicAuth(account.username, account.password) : options.auth;
  if (auth !== null) headers.authorization = auth;
  if (options.contentType) headers['content-type'] = options.contentType;
  const url = `${base}/api/${endpoint}${options.query ? `?${options.query}` : ''}`;
  const response = await fetch(url, { method: options.method ?? 'GET', headers, body: options.body });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', text, json };
}

export const postJson = (sandbox: SmailySandbox, account: TestAccount, body: unknown) =>
  callSandbox(sandbox, account, 'contact.php', {
    method: 'POST',
    contentType: 'application/json',
    body: JSON.stringify(body),
  });

/** A pino logger whose lines land in an array, for asserting on what was logged. */
export function captureLogger(level: pino.Level = 'debug') {
  const lines: string[] = [];
  const logger = pino({ level }, { write: (line: string) => lines.push(line) });
  return { logger, lines, entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}
