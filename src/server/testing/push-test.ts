import type { LightMyRequestResponse } from 'fastify';
import { vi } from 'vitest';
import { isActiveJobStatus, type PushJob } from '../../shared/push-jobs';
import { startSmailySandbox } from '../../sandbox/sandbox';
import { addTestAccount, type TestAccount } from './smaily-sandbox';
import type { SandboxFaultInput, SandboxRequest, SmailySandbox } from '../../sandbox/types';
import { createTestApp, type SessionClient, type TestApp } from './test-app';
import { testMappingRows } from './push-fixture';

export interface PushTest {
  sandbox: SmailySandbox;
  testApp: TestApp;
  /** The account activated at the start. */
  account: TestAccount;
  /** Mari Administraator's session. */
  admin: SessionClient;
  /** Kati Kasutaja's session: the bulk push is hers to run. */
  user: SessionClient;
  activate: (account: TestAccount) => Promise<LightMyRequestResponse>;
  start: (body: Record<string, unknown>) => Promise<PushJob>;
  job: (id: number) => Promise<PushJob>;
  /** Polls GET /api/push-jobs/:id until the job has ended (or stopped). */
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
  /**
   * Queues faults for the requests after a start's consent read (one page of Smaily's unsubscribed list while it
   * is short): the job's batches, as they come.
   */
  failBatches: (faults: SandboxFaultInput[]) => void;
  close: () => Promise<void>;
}

/** A place in a fault queue for a request that is answered as usual. */
export const answersNormally = { kind: 'slow', delayMs: 0 } as const;

/** How `expect.poll` and `vi.waitFor` follow a job or the sandbox: often, and patiently on a loaded machine. */
export const polling = { timeout: 15_000, interval: 10 };

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
  const admin = testApp.as((await testApp.signIn('admin', 'Mari Administraator')).cookie);
  const user = testApp.as((await testApp.signIn('user', 'Kati Kasutaja')).cookie);
  const activate = (account: TestAccount) =>
    admin.post('/api/smaily/activation', {
      address: account.subdomain,
      username: account.username,
      password: account.password,
    });
  const account = addTestAccount(sandbox);
  for (const [response, what] of [
    [await activate(account), 'activation'],
    [await admin.put('/api/smaily-fields', { rows: testMappingRows }), 'mapping'],
  ] as const) {
    if (response.statusCode !== 200) throw new Error(`${what} failed: ${response.statusCode} ${response.body}`);
  }

  const job = async (id: number) => (await user.get(`/api/push-jobs/${id}`)).json<PushJob>();
  const waitForEnd = (id: number) =>
    vi.waitFor(async () => {
      const current = await job(id);
      if (isActiveJobStatus(current.status)) throw new Error(`job #${id} has not ended: ${JSON.stringify(current)}`);
      return current;
    }, polling);
  return {
    sandbox,
    testApp,
    account,
    admin,
    user,
    activate,
    start: async (body) => {
      const response = await user.post('/api/push-jobs', body);
      if (response.statusCode !== 201) throw new Error(`start failed: ${response.statusCode} ${response.body}`);
      return response.json<PushJob>();
    },
    job,
    waitForEnd,
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
    failBatches: (faults) => sandbox.failNext(account.subdomain, [answersNormally, ...faults]),
    close: async () => {
      await testApp.close();
      await sandbox.close();
    },
  };
}

/** A contact.php body as the rows it carried (one object is one row). */
export const rowsOf = (request: SandboxRequest): Record<string, unknown>[] =>
  Array.isArray(request.body) ? (request.body as Record<string, unknown>[]) : [request.body as Record<string, unknown>];
