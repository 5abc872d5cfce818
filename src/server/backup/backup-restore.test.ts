import SQLite from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContactList } from '../../shared/contacts';
import type { PushJob } from '../../shared/push-jobs';
import type { SmailyStatus } from '../../shared/smaily-account';
import { startSmailySandbox } from '../../sandbox/sandbox';
import { openDatabase } from '../db/database';
import { seedDemoData } from '../seed/seed-database';
import { createTestDataDir } from '../testing/data-dir';
import { testMappingRows } from '../testing/push-fixture';
import { polling } from '../testing/push-test';
import { addTestAccount } from '../testing/smaily-sandbox';
import { spawnApp, type SpawnedApp } from '../testing/spawn-app';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** An npm script's command as an operator runs it, with only the environment it is given. */
function runCli(script: string, args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise<{ code: number | null; output: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, output })),
  );
}

async function signIn(app: SpawnedApp, email: string, password: string) {
  const response = await fetch(`${app.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: app.url },
    body: JSON.stringify({ email, password }),
  });
  const cookie = response.headers
    .getSetCookie()
    .find((value) => value.startsWith('sid='))
    ?.split(';')[0];
  if (!cookie) throw new Error(`sign-in failed: ${response.status}`);
  return async <T>(method: string, url: string, body?: unknown): Promise<{ status: number; json: T }> => {
    const answer = await fetch(`${app.url}/api${url}`, {
      method,
      headers: { cookie, origin: app.url, ...(body !== undefined && { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: answer.status, json: (await answer.json()) as T };
  };
}

describe('backup and restore', () => {
  it('backs up while a push job runs; the restore starts with the same contacts, job and Smaily account', async () => {
    // Smaily answers each batch in 100 ms, at most 5 a second: 20 batches take seconds, long enough to back up during.
    const sandbox = await startSmailySandbox({ maxRps: 1000, latencyMs: 100 });
    cleanups.push(() => sandbox.close());
    const account = addTestAccount(sandbox);
    const live = createTestDataDir();
    const restored = createTestDataDir();
    const folder = createTestDataDir();
    cleanups.push(live.remove, restored.remove, folder.remove);
    const seeded = await openDatabase(live.dir);
    await seedDemoData(seeded, 200);
    await seeded.destroy();
    const admin = { email: 'admin@example.test', password: 'admin-password-1' };
    // No SECRET_KEY: the key file in DATA_DIR seals the Smaily password, so it must travel with the backup.
    const env = {
      SMAILY_URL_TEMPLATE: sandbox.urlTemplate,
      SMAILY_BATCH_SIZE: '10',
      SMAILY_MAX_RPS: '5',
      SMAILY_RETRY_BASE_MS: '5',
      SMAILY_RETRY_MAX_MS: '20',
    };

    const first = await spawnApp({
      ...env,
      DATA_DIR: live.dir,
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
    });
    cleanups.push(() => first.stop());
    const api = await signIn(first, admin.email, admin.password);
    const activation = { address: account.subdomain, username: account.username, password: account.password };
    expect((await api('POST', '/smaily/activation', activation)).status).toBe(200);
    expect((await api('PUT', '/smaily-fields', { rows: testMappingRows })).status).toBe(200);
    const { json: started } = await api<PushJob>('POST', '/push-jobs', { confirmAll: true });
    await vi.waitFor(async () => {
      const job = (await api<PushJob>('GET', `/push-jobs/${started.id}`)).json;
      expect(job.batches.acknowledged).toBeGreaterThanOrEqual(2);
    }, polling);

    const backupFile = path.join(folder.dir, 'sb-smaily.sqlite');
    const backup = await runCli('src/server/cli/backup.ts', ['--to', backupFile, '--data-dir', live.dir]);
    expect(backup.code, backup.output).toBe(0);
    expect(backup.output).toContain(`Key file: ${backupFile}.secret.key`);
    expect(statSync(backupFile).mode & 0o777).toBe(0o600);
    // Taken in the middle of the job: the copy holds it running, some of its batches acknowledged.
    const copy = new SQLite(backupFile, { readonly: true });
    const inCopy = copy.prepare('SELECT status, batches_acknowledged, batches_total FROM push_jobs').get() as {
      status: string;
      batches_acknowledged: number;
      batches_total: number;
    };
    copy.close();
    expect(inCopy.status).toBe('running');
    expect(inCopy.batches_acknowledged).toBeLessThan(inCopy.batches_total);
    const contactsThen = (await api<ContactList>('GET', '/contacts?pageSize=200')).json;

    const restore = await runCli('src/server/cli/restore.ts', ['--from', backupFile, '--data-dir', restored.dir]);
    expect(restore.code, restore.output).toBe(0);
    const second = await spawnApp({ ...env, DATA_DIR: restored.dir });
    cleanups.push(() => second.stop());
    const again = await signIn(second, admin.email, admin.password);

    expect((await again<ContactList>('GET', '/contacts?pageSize=200')).json).toEqual(contactsThen);
    expect((await again<SmailyStatus>('GET', '/smaily/status')).json).toMatchObject({
      state: 'active',
      address: `${account.subdomain}.sendsmaily.net`,
      username: account.username,
    });
    // The restored app carries the interrupted job on to its end, with one outcome for every contact.
    const job = await vi.waitFor(
      async () => {
        const current = (await again<PushJob>('GET', `/push-jobs/${started.id}`)).json;
        expect(current.status).not.toBe('running');
        return current;
      },
      { ...polling, timeout: 30_000 },
    );
    expect(job).toMatchObject({ id: started.id, status: 'completed', counts: { total: 200, pending: 0, failed: 0 } });
    expect(job.counts.sent + job.counts.skipped).toBe(200);
  }, 90_000);

  it('never overwrites: neither an existing backup file nor a data folder in use', async () => {
    const data = createTestDataDir();
    const folder = createTestDataDir();
    cleanups.push(data.remove, folder.remove);
    const db = await openDatabase(data.dir);
    await seedDemoData(db, 5);
    await db.destroy();
    const file = path.join(folder.dir, 'backup.sqlite');
    expect((await runCli('src/server/cli/backup.ts', ['--to', file, '--data-dir', data.dir])).code).toBe(0);

    const twice = await runCli('src/server/cli/backup.ts', ['--to', file, '--data-dir', data.dir]);
    expect(twice).toEqual({ code: 1, output: `${file} already exists; choose another name or move it away\n` });
    const over = await runCli('src/server/cli/restore.ts', ['--from', file, '--data-dir', data.dir]);
    expect(over).toEqual({
      code: 1,
      output: `${data.dir} is not empty; stop the app and move the old data folder away first\n`,
    });
    const usage = await runCli('src/server/cli/backup.ts', []);
    expect(usage.code).toBe(2);
  }, 30_000);
});
