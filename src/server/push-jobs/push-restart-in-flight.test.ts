import { isDeepStrictEqual } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import type { PushJob } from '../../shared/push-jobs';
import { startSmailySandbox } from '../../sandbox/sandbox';
import { addTestAccount } from '../testing/smaily-sandbox';
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

const admin = { email: 'admin@example.test', password: 'admin-password-1' };

describe('a job killed with batches in flight', () => {
  it('after the restart sends again only the batches Smaily had not answered, and counts each contact once', async () => {
    const sandbox = await startSmailySandbox({ maxRps: 1000 });
    cleanups.push(() => sandbox.close());
    const account = addTestAccount(sandbox);
    const data = createTestDataDir();
    cleanups.push(data.remove);
    const seeded = await openDatabase(data.dir);
    await seedDemoData(seeded, 60);
    await seeded.destroy();
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
    const batches = expected.batches.length;

    const first = await spawnApp(env);
    cleanups.push(() => first.stop());
    const session = await signInToSpawned(first.url, admin);
    const call = spawnedApi(first.url, session);
    const activation = { address: account.subdomain, username: account.username, password: account.password };
    expect((await call('POST', '/smaily/activation', activation)).status).toBe(200);
    expect((await call('PUT', '/smaily-fields', { rows: testMappingRows })).status).toBe(200);
    // Two batches answered; every later one reaches Smaily and is never answered.
    const answered = { kind: 'slow', delayMs: 0 } as const;
    const held = Array.from({ length: batches - 2 }, () => ({ kind: 'hold' }) as const);
    // The first request is the start's read of Smaily's unsubscribed list.
    sandbox.failNext(account.subdomain, [answered, answered, answered, ...held]);
    const { json: started } = await call<PushJob>('POST', '/push-jobs', { confirmAll: true });
    const posts = () =>
      sandbox
        .requests(account.subdomain)
        .filter((request) => request.endpoint === 'contact.php' && request.method === 'POST');
    await expect.poll(() => posts().length, polling).toBe(batches);
    const jobOn = async (api: typeof call) => (await api<PushJob>('GET', `/push-jobs/${started.id}`)).json;
    await expect.poll(async () => (await jobOn(call)).batches.acknowledged, polling).toBe(2);
    expect((await jobOn(call)).status).toBe('running');

    first.process.kill('SIGKILL');
    await first.stop();
    const second = await spawnApp(env);
    cleanups.push(() => second.stop());
    const again = spawnedApi(second.url, session);
    await expect.poll(async () => (await jobOn(again)).status, polling).not.toBe('running');
    const job = await jobOn(again);

    expect(job).toMatchObject({
      status: 'completed',
      counts: { total: 60, sent: expected.sent.length, skipped: expected.skipped, failed: 0, notSent: 0, pending: 0 },
      batches: { total: batches, acknowledged: batches },
    });
    const timesSent = expected.batches.map(
      (batch) => posts().filter((post) => isDeepStrictEqual(post.body, batch)).length,
    );
    expect(timesSent).toEqual(expected.batches.map((_, index) => (index < 2 ? 1 : 2)));
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
  }, 90_000);
});
