import { test as base, expect, type Page } from '@playwright/test';
import { startSmailySandbox } from '../src/sandbox/sandbox';
import type { SmailySandbox } from '../src/sandbox/types';
import { openDatabase } from '../src/server/db/database';
import { seedDemoData } from '../src/server/seed/seed-database';
import { createTestDataDir, testSecretKey } from '../src/server/testing/data-dir';
import { spawnApp, type SpawnedApp } from '../src/server/testing/spawn-app';

export const admin = { email: 'admin@example.test', password: 'admin-pass-1', name: 'Administraator' };

export interface RunningApp {
  url: string;
  dataDir: string;
  server: SpawnedApp;
}

/** A Smaily API account in the sandbox, as a user types it into the activation dialog. */
export interface SandboxAccount {
  subdomain: string;
  username: string;
  password: string;
}

interface WorkerFixtures {
  /** One Smaily sandbox per worker; each test has an account of its own in it. */
  sandbox: SmailySandbox;
}

interface Fixtures {
  /** This test's own Smaily account in the sandbox (the app's SMAILY_URL_TEMPLATE points there). */
  smailyAccount: SandboxAccount;
  /** How many demo contacts this test's database starts with (0: an empty database). */
  demoContacts: number;
  /** Settings added to the server's environment. */
  serverEnv: Record<string, string>;
  /** Whether ADMIN_EMAIL/ADMIN_PASSWORD create the administrator (false: the app starts at first run). */
  createAdmin: boolean;
  /** The real server on its own DATA_DIR and free port, with an administrator from ADMIN_EMAIL. */
  app: RunningApp;
  /** A page signed in as that administrator. */
  adminPage: Page;
}

let accountCounter = 0;

export const test = base.extend<Fixtures, WorkerFixtures>({
  sandbox: [
    async ({}, use) => {
      const sandbox = await startSmailySandbox({ port: 0 });
      await use(sandbox);
      await sandbox.close();
    },
    { scope: 'worker' },
  ],
  smailyAccount: async ({ sandbox }, use, testInfo) => {
    accountCounter += 1;
    const account = {
      subdomain: `firma${testInfo.workerIndex}x${accountCounter}`,
      username: `api-user-${accountCounter}`,
      password: `Api-Pass-${accountCounter}-x7`,
    };
    sandbox.addAccount(account);
    await use(account);
  },
  demoContacts: [300, { option: true }],
  serverEnv: [{}, { option: true }],
  createAdmin: [true, { option: true }],
  app: async ({ demoContacts, serverEnv, createAdmin, sandbox }, use) => {
    const data = createTestDataDir();
    if (demoContacts > 0) {
      const db = await openDatabase(data.dir);
      await seedDemoData(db, demoContacts);
      await db.destroy();
    }
    const server = await spawnApp({
      DATA_DIR: data.dir,
      SECRET_KEY: testSecretKey,
      // Smaily is the sandbox, and its waits are milliseconds: a test waits for behaviour, not for backoff.
      SMAILY_URL_TEMPLATE: sandbox.urlTemplate,
      SMAILY_TIMEOUT_MS: '3000',
      SMAILY_PROBE_TIMEOUT_MS: '3000',
      SMAILY_RETRY_BASE_MS: '20',
      SMAILY_RETRY_MAX_MS: '100',
      ...(createAdmin && { ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password }),
      ...serverEnv,
    });
    await use({ url: server.url, dataDir: data.dir, server });
    await server.stop();
    data.remove();
  },
  baseURL: async ({ app }, use) => use(app.url),
  // The app refuses a state-changing request without its own Origin; a test's API calls (page.request) carry
  // it as the app's page does.
  extraHTTPHeaders: async ({ app }, use) => use({ origin: app.url }),
  adminPage: async ({ page, app }, use) => {
    await signIn(page, app.url, admin);
    await use(page);
  },
});

/** Signs a page in through the API; the browser context shares the session cookie. */
export async function signIn(page: Page, url: string, user: { email: string; password: string }): Promise<void> {
  const response = await page.request.post(`${url}/api/auth/login`, {
    data: { email: user.email, password: user.password },
  });
  expect(response.status(), await response.text()).toBe(200);
}

/** Creates a kasutaja (role "user") through the administrator's API and returns their credentials. */
export async function createUser(page: Page, url: string, name: string): Promise<{ email: string; password: string }> {
  const user = {
    name,
    email: `${name.toLowerCase().replace(/\W+/g, '.')}@example.test`,
    role: 'user',
    password: 'user-pass-1',
    passwordRepeat: 'user-pass-1',
  };
  const response = await page.request.post(`${url}/api/users`, { data: user });
  expect(response.status(), await response.text()).toBe(201);
  return { email: user.email, password: user.password };
}

export { expect };
