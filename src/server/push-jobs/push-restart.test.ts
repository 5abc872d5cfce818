import { isDeepStrictEqual } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PushJob } from '../../shared/push-jobs';
import { startSmailySandbox } from '../../sandbox/sandbox';
import { addTestAccount } from '../testing/smaily-sandbox';
import type { SmailySandbox } from '../../sandbox/types';
import { openDatabase } from '../db/database';
import { seedDemoData } from '../seed/seed-database';
import { createTestDataDir, testSecretKey } from '../testing/data-dir';
import { spawnApp } from '../testing/spawn-app';
import { signInToSpawned, spawnedApi } from '../testing/spawned-api';
import { expectedDemoPush, testMappingRows } from '../testing/push-fixture';
import { polling } from '../testing/push-test';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('a job across a crash of the server', () => {
  it('killed with SIGKILL while a batch is unanswered, the restarted server completes it with one outcome per contact', async () => {
    const sandbox: SmailySandbox = await startSmailySandbox({ maxRps: 1000 });
    cleanups.push(() => sandbox.close());
    const account = addTestAccount(sandbox);
    const data = createTestDataDir();
    cleanups.push(data.remove);
    const seeded = await openDatabase(data.dir);
    await seedDemoData(seeded, 60);
    await seeded.destroy();
    const admin = { email: 'admin@example.test', password: 'admin-password-1' };
    const env = {
      DATA_DIR: data.dir,
      SECRET_KEY: testSecretKey,
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
      SMAILY_URL_TEMPLATE: sandbox.urlTemplate,
      SMAILY_BATCH_SIZE: '10',
      SMAILY_TIMEOUT_MS: '20000',
      SMAILY_RETRY_BASE_MS: '5',
      SMAILY_RETRY_MAX_MS: '20',
    };
    const expected = expectedDemoPush(60, 10);

    const first = await spawnApp(env);
    cleanups.push(() => first.stop());
    const cookie = await signInToSpawned(first.url, admin);
    const api = spawnedApi(first.url, cookie);
    expect(
      (
        await api('POST', '/smaily/activation', {
          address: account.subdomain,
          username: account.username,
          password: account.password,
        })
      ).status,
    ).toBe(200);
    expect((await api('PUT', '/smaily-fields', { rows: testMappingRows })).status).toBe(200);
    // The start's consent read and three batches answered, the fourth never.
    const noFault = { kind: 'slow', delayMs: 0 } as const;
    sandbox.failNext(account.subdomain, [noFault, noFault, noFault, noFault, { kind: 'hold' }]);
    const { json: started } = await api<PushJob>('POST', '/push-jobs', { confirmAll: true });
    const posts = () =>
      sandbox
        .requests(account.subdomain)
        .filter((request) => request.endpoint === 'contact.php' && request.method === 'POST');
    await expect.poll(() => posts().length, polling).toBe(4);
    const readJob = async () => (await api<PushJob>('GET', `/push-jobs/${started.id}`)).json;
    await expect.poll(async () => (await readJob()).batches.acknowledged, polling).toBe(3);
    expect((await readJob()).status).toBe('running');

    first.process.kill('SIGKILL');
    await first.stop();

    const second = await spawnApp(env);
    cleanups.push(() => second.stop());
    const again = spawnedApi(second.url, cookie); // the session is in the database too
    const job = await vi.waitFor(async () => {
      const { json: current } = await again<PushJob>('GET', `/push-jobs/${started.id}`);
      if (current.status === 'running') throw new Error(`job #${started.id} is still running`);
      return current;
    }, polling);

    expect(job).toMatchObject({
      status: 'completed',
      counts: { total: 60, sent: expected.sent.length, skipped: expected.skipped, failed: 0, notSent: 0, pending: 0 },
      skippedByReason: expected.skippedByReason,
      batches: { total: expected.batches.length, acknowledged: expected.batches.length },
    });
    // Acknowledged batches reached Smaily once; only the unanswered one twice.
    const timesSent = expected.batches.map(
      (batch) => posts().filter((request) => isDeepStrictEqual(request.body, batch)).length,
    );
    expect(timesSent).toEqual(expected.batches.map((_, index) => (index === 3 ? 2 : 1)));
    expect(posts()).toHaveLength(expected.batches.length + 1);

    await second.stop();
    const db = await openDatabase(data.dir);
    cleanups.push(() => db.destroy());
    const rows = await db
      .selectFrom('push_job_contacts')
      .select(['code', 'outcome', 'reason', 'detail as duplicateOf'])
      .where('job_id', '=', started.id)
      .orderBy('seq')
      .execute();
    expect(rows).toEqual(expected.outcomes);
    expect(new Set(rows.map((row) => row.code)).size).toBe(60);
  }, 90_000);
});
