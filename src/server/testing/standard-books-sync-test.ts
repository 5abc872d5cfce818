import type { LightMyRequestResponse } from 'fastify';
import type { SbReadSummary, SbStatus } from '../../shared/standard-books-sync';
import type { SbSandboxOptions, StandardBooksSandbox } from '../../standard-books-sandbox/types';
import type { SbConnection } from '../standard-books/types';
import { newSbCompany, startSbTestSandbox } from './standard-books-sandbox';
import { createTestApp, type TestApp } from './test-app';

/** The app's settings for a Standard Books sandbox on loopback, with millisecond waits. */
export const sbTestEnv: Record<string, string> = {
  SB_ALLOW_PRIVATE_ADDRESSES: 'true',
  SB_PAGE_PAUSE_MS: '0',
  SB_RETRY_ATTEMPTS: '2',
  SB_RETRY_BASE_MS: '5',
  SB_RETRY_MAX_MS: '20',
  SB_TIMEOUT_MS: '2000',
  SB_CHECK_TIMEOUT_MS: '1000',
};

export interface SbSyncTest {
  sandbox: StandardBooksSandbox;
  testApp: TestApp;
  /** "Mari Administraator"'s session. */
  admin: { cookie: string; userId: number };
  /** A new company in the sandbox with this many demo contacts, as the form would be filled for it. */
  newCompany: (contacts?: number, startSequence?: bigint) => SbConnection;
  /** PUT /api/standard-books/connection as the administrator. */
  connect: (connection: SbConnection | Record<string, unknown>, language?: string) => Promise<LightMyRequestResponse>;
  /** Starts a read through the API, waits for its end and returns what the page then shows of it. */
  read: (mode?: 'incremental' | 'full') => Promise<SbReadSummary>;
  status: () => Promise<SbStatus>;
  close: () => Promise<void>;
}

/**
 * The app, with its own Standard Books sandbox and an administrator; `env` adds settings, `contacts` seeds that many
 * local demo contacts (and the demo's code lists, all local) first.
 */
export async function startSbSyncTest(
  options: { env?: Record<string, string>; contacts?: number; now?: () => number; sandbox?: SbSandboxOptions } = {},
): Promise<SbSyncTest> {
  const sandbox = await startSbTestSandbox(options.sandbox);
  const testApp = await createTestApp({
    env: { ...sbTestEnv, ...options.env },
    contacts: options.contacts,
    now: options.now,
  });
  const admin = await testApp.signIn('admin', 'Mari Administraator');
  const client = testApp.as(admin.cookie);
  const status = async () => {
    const response = await client.get('/api/standard-books/status');
    if (response.statusCode !== 200) throw new Error(`status: ${response.statusCode} ${response.body}`);
    return response.json<SbStatus>();
  };
  return {
    sandbox,
    testApp,
    admin,
    newCompany: (contacts = 5, startSequence) => newSbCompany(sandbox, contacts, startSequence),
    connect: (connection, language) =>
      testApp.as(admin.cookie, language).put('/api/standard-books/connection', connection),
    read: async (mode = 'incremental') => {
      const response = await client.post('/api/standard-books/reads', { mode });
      if (response.statusCode !== 202) throw new Error(`read: ${response.statusCode} ${response.body}`);
      await testApp.app.sbReader.idle();
      const last = (await status()).read.last;
      if (!last) throw new Error('no read was recorded');
      return last;
    },
    status,
    close: async () => {
      await testApp.close();
      await sandbox.close();
    },
  };
}
