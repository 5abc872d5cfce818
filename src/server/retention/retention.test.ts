import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiError } from '../../shared/errors';
import type { PushJob } from '../../shared/push-jobs';
import type { SyncLogPage } from '../../shared/sync-log';
import { startSmailySandbox } from '../../sandbox/sandbox';
import type { SmailySandbox } from '../../sandbox/types';
import { appendLogEntry } from '../sync-log/log-store';
import { testMappingRows } from '../testing/push-fixture';
import { polling } from '../testing/push-test';
import { addTestAccount } from '../testing/smaily-sandbox';
import { createTestApp, type TestApp } from '../testing/test-app';

const dayMs = 24 * 60 * 60 * 1000;
let clock = Date.now();
let sandbox: SmailySandbox;
let testApp: TestApp;
let cookie: string;

const call = (method: 'GET' | 'POST' | 'PUT', url: string, body?: object) =>
  testApp.app.inject({ method, url, headers: { cookie }, ...(body && { payload: body }) });

async function runJob(): Promise<PushJob> {
  const started = await call('POST', '/api/push-jobs', { confirmAll: true });
  expect(started.statusCode, started.body).toBe(201);
  const { id } = started.json<PushJob>();
  return vi.waitFor(async () => {
    const job = (await call('GET', `/api/push-jobs/${id}`)).json<PushJob>();
    expect(job.status).toBe('completed');
    return job;
  }, polling);
}

const reportLines = async (id: number) =>
  (await call('GET', `/api/push-jobs/${id}/report.csv`)).body
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');

beforeAll(async () => {
  sandbox = await startSmailySandbox({ maxRps: 1000 });
  testApp = await createTestApp({
    contacts: 30,
    now: () => clock,
    env: {
      SMAILY_URL_TEMPLATE: sandbox.urlTemplate,
      SMAILY_BATCH_SIZE: '10',
      SMAILY_RETRY_BASE_MS: '5',
      SMAILY_RETRY_MAX_MS: '20',
      RETENTION_INTERVAL_MS: '20',
    },
  });
  cookie = (await testApp.signIn('admin', 'Mari Administraator')).cookie;
  const account = addTestAccount(sandbox);
  const activation = { address: account.subdomain, username: account.username, password: account.password };
  expect((await call('POST', '/api/smaily/activation', activation)).statusCode).toBe(200);
  expect((await call('PUT', '/api/smaily-fields', { rows: testMappingRows })).statusCode).toBe(200);
});
afterAll(async () => {
  await testApp.close();
  await sandbox.close();
});

describe('retention (RETENTION_DAYS, default 365)', () => {
  it('deletes the outcomes of jobs that ended before it and older log entries, keeps each job’s summary, and logs the counts', async () => {
    const old = await runJob();
    const recent = await runJob();
    expect(await reportLines(old.id)).toHaveLength(31);
    const finished = Date.parse(recent.finishedAt ?? '');
    // A year and a day later; the second job ended 200 days before then, and so did one log entry.
    clock = finished + 366 * dayMs;
    await testApp.app.db
      .updateTable('push_jobs')
      .set({ finished_at: new Date(clock - 200 * dayMs).toISOString() })
      .where('id', '=', recent.id)
      .execute();
    const { db } = testApp.app;
    await appendLogEntry(db, {
      user: null,
      kind: 'deactivation',
      subject: 'smaily_account',
      outcome: 'ok',
      at: new Date(clock - 200 * dayMs),
    });
    const oldEntries = (await db.selectFrom('sync_log').select('id').execute()).length - 1;

    const line = await vi.waitFor(() => {
      const found = testApp
        .logText()
        .split('\n')
        .find((text) => text.includes('retention: old job outcomes'));
      expect(found).toBeDefined();
      return found;
    }, polling);
    expect(JSON.parse(line ?? '{}')).toMatchObject({ jobs: 1, outcomes: 30, logEntries: oldEntries });

    // The old job's summary reads as before and says when its rows went, as does its report; the recent one is whole.
    expect(old.detailsDeletedAt).toBeNull();
    expect((await call('GET', `/api/push-jobs/${old.id}`)).json<PushJob>()).toEqual({
      ...old,
      detailsDeletedAt: new Date(clock).toISOString(),
    });
    expect((await call('GET', `/api/push-jobs/${recent.id}`)).json<PushJob>().detailsDeletedAt).toBeNull();
    expect(await reportLines(old.id)).toEqual([
      'Kood;Nimi;E-post;Tulemus;Põhjus;Smaily kood;Smaily teade',
      `"Kontaktide tulemused kustutati ${new Date(clock).toISOString().slice(0, 10)} säilitusaja (RETENTION_DAYS) möödudes; töö kokkuvõte on alles."`,
    ]);
    expect(await reportLines(recent.id)).toHaveLength(31);
    const log = (await call('GET', '/api/sync-log')).json<SyncLogPage>();
    expect(log.items.map((entry) => [entry.kind, entry.at])).toEqual([
      ['deactivation', new Date(clock - 200 * dayMs).toISOString()],
    ]);

    // What needs the deleted rows is refused with a reason, not run over nothing.
    const resend = await call('POST', `/api/push-jobs/${old.id}/resend`);
    expect(resend.statusCode).toBe(409);
    expect(resend.json<ApiError>().message).toContain('säilitusaja möödudes kustutatud');
  });
});
