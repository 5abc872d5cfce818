import type { SmailySandbox } from '../src/sandbox/types';
import type { StandardBooksSandbox } from '../src/standard-books-sandbox/types';
import { openDatabase } from '../src/server/db/database';
import { seedDemoData } from '../src/server/seed/seed-database';
import { createTestDataDir, testSecretKey } from '../src/server/testing/data-dir';
import { spawnApp } from '../src/server/testing/spawn-app';
import { admin, type RunningApp } from './fixtures';

/** An app with something on every screen, shared by the tests that only look at screens and change nothing. */
export interface PreparedApp extends RunningApp {
  /**
   * A closed contact read from Standard Books, who unsubscribed in Smaily: its card shows where it came from and
   * the consent trail, and its Edasta Smaily'sse asks before it sends
   */
  closedContact: string;
  /** Stops the server and removes its data folder */
  stop: () => Promise<void>;
}

interface SampleContacts {
  closed: string;
  withoutEmail: string;
  forgotten: { code: string; email: string };
}

/** The Standard Books company the prepared app reads, and the user it connects as. */
export const sbCompany = { companyNo: '1', username: 'sb-api', password: 'Sb-Õige-Salasõna-1' };
/** The code of the closed contact that comes from Standard Books (the demo's codes are taken locally). */
const sbClosedCode = '900001';
const sbClosedEmail = 'suletud.kontakt@example.test';

/**
 * A company whose demo contacts clash with the local ones (rejected records to show) and one contact of its own,
 * closed, that the read brings in.
 */
export function prepareSbCompany(standardBooks: StandardBooksSandbox): void {
  const model = standardBooks.record(sbCompany.companyNo, 'CUVc', '100001')?.fields ?? {};
  standardBooks.putRecord(sbCompany.companyNo, 'CUVc', {
    ...model,
    Code: sbClosedCode,
    Name: 'Suletud Kontakt OÜ',
    eMail: sbClosedEmail,
    blockedFlag: '1',
    UUID: '9a0b1c2d-3e4f-4a5b-a6c7-d8e9f0a1b2c3',
  });
}

/** What the screens of an app in use show: the app is given it through its API, as a user would. */
async function useTheApp(
  url: string,
  sandbox: SmailySandbox,
  standardBooks: StandardBooksSandbox,
  subdomain: string,
  contacts: SampleContacts,
) {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { origin: url, 'content-type': 'application/json' },
    body: JSON.stringify({ email: admin.email, password: admin.password }),
  });
  const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
  const call = async (method: string, route: string, body?: unknown, expected = [200, 201, 204]) => {
    const response = await fetch(`${url}/api${route}`, {
      method,
      headers: { origin: url, cookie, ...(body !== undefined && { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const answer = await response.text();
    if (!expected.includes(response.status)) throw new Error(`${method} ${route}: ${response.status} ${answer}`);
    return answer ? (JSON.parse(answer) as unknown) : null;
  };

  await call('PUT', '/standard-books/connection', {
    address: standardBooks.url,
    companyNo: sbCompany.companyNo,
    username: sbCompany.username,
    password: sbCompany.password,
  });
  await call('POST', '/standard-books/reads', { mode: 'incremental' }, [202]);
  for (let running = true; running;) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    ({
      read: { running },
    } = (await call('GET', '/standard-books/status')) as { read: { running: boolean } });
  }

  const account = { subdomain, username: 'api-user', password: 'Api-Pass-1-x7' };
  sandbox.addAccount(account);
  const address = `${subdomain}.sendsmaily.net`;
  await call('POST', '/smaily/activation', { address, username: account.username, password: account.password });
  await call('PUT', '/smaily-fields', {
    rows: [
      { smailyField: 'email', contactField: 'eMail', valueKind: 'value', typeCode: null },
      { smailyField: 'name', contactField: 'Name', valueKind: 'value', typeCode: null },
      { smailyField: 'kliendiklass', contactField: 'CustCat', valueKind: 'description', typeCode: null },
      { smailyField: 'piirkond', contactField: 'Classification', valueKind: 'description', typeCode: 'PIIRK' },
    ],
  });
  // Unsubscribed in Smaily: the job's consent read brings it to the closed contact's card.
  sandbox.unsubscribe(subdomain, sbClosedEmail, new Date('2026-03-12T12:05:00Z'));
  const job = (await call('POST', '/push-jobs', { confirmAll: true })) as { id: number };
  for (let status = 'running'; status === 'running';) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    ({ status } = (await call('GET', `/push-jobs/${job.id}`)) as { status: string });
  }
  // A failed re-activation: Süsteemi teade then holds the success and a long failure.
  await call('POST', '/smaily/activation', { address, username: account.username, password: 'wrong' }, [422]);
  await call('POST', `/contacts/${contacts.withoutEmail}/push`, { confirm: [] }); // skipped by the rules
  await call('POST', `/contacts/${contacts.forgotten.code}/forget`, { email: contacts.forgotten.email });
  await call('POST', '/users', {
    name: 'Kati Kasutaja',
    email: 'kati@example.test',
    role: 'user',
    password: 'user-pass-1',
    passwordRepeat: 'user-pass-1',
  });
}

function startServer(sandbox: SmailySandbox, dataDir: string, env: Record<string, string> = {}) {
  return spawnApp({
    DATA_DIR: dataDir,
    // The Standard Books sandbox is on loopback, and a read need not pause between pages.
    SB_ALLOW_PRIVATE_ADDRESSES: 'true',
    SB_PAGE_PAUSE_MS: '0',
    SB_RETRY_BASE_MS: '20',
    SB_RETRY_MAX_MS: '100',
    SECRET_KEY: testSecretKey,
    SMAILY_URL_TEMPLATE: sandbox.urlTemplate,
    SMAILY_TIMEOUT_MS: '3000',
    SMAILY_PROBE_TIMEOUT_MS: '3000',
    SMAILY_RETRY_BASE_MS: '20',
    SMAILY_RETRY_MAX_MS: '100',
    ...env,
  });
}

/** An app before its first administrator: only the first-run page is open. */
export async function startFirstRunApp(sandbox: SmailySandbox): Promise<RunningApp & { stop: () => Promise<void> }> {
  const data = createTestDataDir();
  const server = await startServer(sandbox, data.dir);
  const stop = async () => {
    await server.stop();
    data.remove();
  };
  return { url: server.url, dataDir: data.dir, server, stop };
}

/**
 * Starts an app on its own data folder with 300 demo contacts and uses it (see useTheApp); its Standard Books is a
 * company of the given sandbox prepared by prepareSbCompany.
 */
export async function startPreparedApp(
  sandbox: SmailySandbox,
  standardBooks: StandardBooksSandbox,
  subdomain: string,
): Promise<PreparedApp> {
  const data = createTestDataDir();
  const db = await openDatabase(data.dir);
  await seedDemoData(db, 300);
  const first = (query: 'with-email' | 'no-email') =>
    db
      .selectFrom('contacts')
      .select(['code', 'email'])
      .where('blocked', '=', 0)
      .$if(query === 'with-email', (q) => q.where('email', '!=', ''))
      .$if(query === 'no-email', (q) => q.where('email', '=', ''))
      .orderBy('code')
      .executeTakeFirstOrThrow();
  const { code, email } = await first('with-email');
  const contacts = {
    closed: sbClosedCode,
    withoutEmail: (await first('no-email')).code,
    forgotten: { code, email },
  };
  await db.destroy();
  const server = await startServer(sandbox, data.dir, { ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password });
  const stop = async () => {
    await server.stop();
    data.remove();
  };
  try {
    await useTheApp(server.url, sandbox, standardBooks, subdomain, contacts);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: server.url, dataDir: data.dir, server, closedContact: contacts.closed, stop };
}
