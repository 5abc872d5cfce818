import type { LightMyRequestResponse } from 'fastify';
import { startSmailySandbox } from '../../sandbox/sandbox';
import { addTestAccount, type TestAccount } from './smaily-sandbox';
import type { SmailySandbox } from '../../sandbox/types';
import { createTestApp, type TestApp } from './test-app';

export interface ActivationTest {
  sandbox: SmailySandbox;
  testApp: TestApp;
  /** An administrator's session: "Mari Administraator". */
  admin: { cookie: string; userId: number };
  /** An account in the sandbox that no test has activated yet. */
  newAccount: () => TestAccount;
  /** The dialog's body for an account: its subdomain typed as `name.sendsmaily.net`. */
  form: (account: TestAccount, change?: Record<string, unknown>) => Record<string, unknown>;
  activate: (cookie: string, body: unknown, language?: string) => Promise<LightMyRequestResponse>;
  deactivate: (cookie: string) => Promise<LightMyRequestResponse>;
  status: (cookie: string) => Promise<LightMyRequestResponse>;
  /** Sünkroniseerimise logi's rows about the account, oldest first. */
  accountLog: () => Promise<
    {
      kind: string;
      outcome: string;
      user_name: string | null;
      user_id: number | null;
      smaily_code: number | null;
      details: unknown;
    }[]
  >;
  close: () => Promise<void>;
}

/** The app pointed at its own sandbox, with millisecond waits so that failing paths are fast. */
export async function startActivationTest(env: Record<string, string> = {}): Promise<ActivationTest> {
  const sandbox = await startSmailySandbox({ maxRps: 1000 });
  const testApp = await createTestApp({
    env: {
      SMAILY_URL_TEMPLATE: sandbox.urlTemplate,
      SMAILY_RETRY_BASE_MS: '5',
      SMAILY_RETRY_MAX_MS: '20',
      SMAILY_PROBE_TIMEOUT_MS: '500',
      ...env,
    },
  });
  const admin = await testApp.signIn('admin', 'Mari Administraator');
  return {
    sandbox,
    testApp,
    admin,
    newAccount: () => addTestAccount(sandbox),
    form: (account, change = {}) => ({
      address: `${account.subdomain}.sendsmaily.net`,
      username: account.username,
      password: account.password,
      ...change,
    }),
    activate: (cookie, body, language) => testApp.as(cookie, language).post('/api/smaily/activation', body),
    deactivate: (cookie) => testApp.as(cookie).delete('/api/smaily/activation'),
    status: (cookie) => testApp.as(cookie).get('/api/smaily/status'),
    accountLog: async () => {
      const rows = await testApp.app.db
        .selectFrom('sync_log')
        .select(['kind', 'outcome', 'user_name', 'user_id', 'smaily_code', 'details'])
        .where('kind', 'in', ['activation', 'deactivation'])
        .orderBy('id')
        .execute();
      return rows.map((row) => ({ ...row, details: JSON.parse(row.details ?? 'null') as unknown }));
    },
    close: async () => {
      await testApp.close();
      await sandbox.close();
    },
  };
}
