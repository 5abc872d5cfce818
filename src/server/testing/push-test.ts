import type { LightMyRequestResponse } from 'fastify';
import type { PushJob } from '../../shared/push-jobs';
import { startSmailySandbox } from '../../sandbox/sandbox';
import { addTestAccount, type TestAccount } from './smaily-sandbox';
import type { SandboxRequest, SmailySandbox } from '../../sandbox/types';
import { createTestApp, type TestApp } from './test-app';
import { testMappingRows } from './push-fixture';

export interface PushTest {
  sandbox: SmailySandbox;
  testApp: TestApp;
  /** The account activated at the start. */
  account: TestAccount;
  admin: string;
  /** A kasutaja: the bulk push is theirs to run. */
  user: string;
  call: (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    body?: unknown,
    cookie?: string,
    language?: string,
  ) => Promise<LightMyRequestResponse>;
  activate: (account: TestAccount) => Promise<LightMyRequestResponse>;
  start: (body: Record<string, unknown>) => Promise<PushJob>;
  job: (id: number) => Promise<PushJob>;
  /** Polls GET /api/push-jobs/:id until the job satisfies `done`. */
  waitFor: (id: number, done: (job: PushJob) => boolean, timeoutMs?: number) => Promise<PushJob>;
  waitForEnd: (id: number) => Promise<PushJob>;
  /** Every outcome row of a job, in code order. */
  outcomes: (id: number) => Promise<
    {
      code: string;
      outcome: string;
      reason: string | null;
      detail: string | null;
      smaily_code: number | null;
      smaily_message: string | null;
    }[]
  >;
  /** The sandbox's contact.php POSTs of the account. */
  posts: () => SandboxRequest[];
  close: () => Promise<void>;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function until<T>(
  read: () => Promise<T> | T,
  done: (value: T) => boolean,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting; last value: ${JSON.stringify(value)}`);
    await sleep(10);
  }
}

/**
 * The app over `contacts` demo contacts with the test grid saved and a sandbox account activated through the real
 * API; batches of 10 and millisecond waits (override with `env`).
 */
export async function startPushTest({
  contacts,
  env = {},
}: {
  contacts: number;
  env?: Record<string, string>;
}): Promise<PushTest> {
  const sandbox = await startSmailySandbox({ maxRps: 1000 });
  const testApp = await createTestApp({
    contacts,
    env: {
      SMAILY_URL_TEMPLATE: sandbox.urlTemplate,
      SMAILY_BATCH_SIZE: '10',
      SMAILY_MAX_RPS: '5',
      SMAILY_RETRY_BASE_MS: '5',
      SMAILY_RETRY_MAX_MS: '20',
      SMAILY_TIMEOUT_MS: '300',
      SMAILY_PROBE_TIMEOUT_MS: '500',
      ...env,
    },
  });
  const admin = (await testApp.signIn('admin', 'Mari Administraator')).cookie;
  const user = (await testApp.signIn('user', 'Kati Kasutaja')).cookie;
  const call: PushTest['call'] = (method, url, body, cookie = user, language = 'et') =>
    testApp.app.inject({
      method,
      url,
      headers: { cookie, 'accept-language': language },
      ...(body !== undefined && { payload: body as object }),
    });
  const activate = (account: TestAccount) =>
    call(
      'POST',
      '/api/smaily/activation',
      { address: account.subdomain, username: account.username, password: account.password },
      admin,
    );
  const account = addTestAccount(sandbox);
  for (const [response, what] of [
    [await activate(account), 'activation'],
    [await call('PUT', '/api/smaily-fields', { rows: testMappingRows }, admin), 'mapping'],
  ] as const) {
    if (response.statusCode !== 200) throw new Error(`${what} failed: ${response.statusCode} ${response.body}`);
  }

  const job = async (id: number) => (await call('GET', `/api/push-jobs/${id}`)).json<PushJob>();
  const waitFor: PushTest['waitFor'] = (id, done, timeoutMs) => until(() => job(id), done, timeoutMs);
  return {
    sandbox,
    testApp,
    account,
    admin,
    user,
    call,
    activate,
    start: async (body) => {
      const response = await call('POST', '/api/push-jobs', body);
      if (response.statusCode !== 201) throw new Error(`start failed: ${response.statusCode} ${response.body}`);
      return response.json<PushJob>();
    },
    job,
    waitFor,
    waitForEnd: (id) => waitFor(id, (current) => !['running', 'cancelling'].includes(current.status)),
    outcomes: (id) =>
      testApp.app.db
        .selectFrom('push_job_contacts')
        .select(['code', 'outcome', 'reason', 'detail', 'smaily_code', 'smaily_message'])
        .where('job_id', '=', id)
        .orderBy('seq')
        .execute(),
    posts: () =>
      sandbox
        .requests(account.subdomain)
        .filter((request) => request.method === 'POST' && request.endpoint === 'contact.php'),
    close: async () => {
      await testApp.close();
      await sandbox.close();
    },
  };
}

/** A contact.php body as the rows it carried (one object is one row). */
export const rowsOf = (request: SandboxRequest): Record<string, unknown>[] =>
  Array.isArray(request.body) ? (request.body as Record<string, unknown>[]) : [request.body as Record<string, unknown>];
