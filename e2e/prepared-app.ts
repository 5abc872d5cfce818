import type { SmailySandbox } from '../src/sandbox/types';
import { openDatabase } from '../src/server/db/database';
import { seedDemoData } from '../src/server/seed/seed-database';
import { createTestDataDir, testSecretKey } from '../src/server/testing/data-dir';
import { spawnApp } from '../src/server/testing/spawn-app';
import { admin, type RunningApp } from './fixtures';

/** An app with something on every screen, shared by the tests that only look at screens and change nothing. */
export interface PreparedApp extends RunningApp {
  /** A closed contact: its card's Edasta Smaily'sse asks before it sends */
  closedContact: string;
  /** Stops the server and removes its data folder */
  stop: () => Promise<void>;
}

interface SampleContacts {
  closed: string;
  withoutEmail: string;
}

/** What the screens of an app in use show: the app is given it through its API, as a user would. */
async function useTheApp(url: string, sandbox: SmailySandbox, subdomain: string, contacts: SampleContacts) {
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
  const job = (await call('POST', '/push-jobs', { confirmAll: true })) as { id: number };
  for (let status = 'running'; status === 'running';) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    ({ status } = (await call('GET', `/push-jobs/${job.id}`)) as { status: string });
  }
  // A failed re-activation: Süsteemi teade then holds the success and a long failure.
  await call('POST', '/smaily/activation', { address, username: account.username, password: 'wrong' }, [422]);
  await call('POST', `/contacts/${contacts.withoutEmail}/push`, { confirm: [] }); // skipped by the rules
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

/** Starts an app on its own data folder with 300 demo contacts and uses it (see useTheApp). */
export async function startPreparedApp(sandbox: SmailySandbox, subdomain: string): Promise<PreparedApp> {
  const data = createTestDataDir();
  const db = await openDatabase(data.dir);
  await seedDemoData(db, 300);
  const first = (query: 'blocked' | 'no-email') =>
    db
      .selectFrom('contacts')
      .select('code')
      .$if(query === 'blocked', (q) => q.where('blocked', '=', 1))
      .$if(query === 'no-email', (q) => q.where('email', '=', '').where('blocked', '=', 0))
      .orderBy('code')
      .executeTakeFirstOrThrow();
  const contacts = { closed: (await first('blocked')).code, withoutEmail: (await first('no-email')).code };
  await db.destroy();
  const server = await startServer(sandbox, data.dir, { ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password });
  const stop = async () => {
    await server.stop();
    data.remove();
  };
  try {
    await useTheApp(server.url, sandbox, subdomain, contacts);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: server.url, dataDir: data.dir, server, closedContact: contacts.closed, stop };
}
