import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '../../shared/errors';
import type { SyncLogPage } from '../../shared/sync-log';
import { createTestApp, type TestApp } from '../testing/test-app';
import { appendLogEntry, type LogEntryInput } from './log-store';

let testApp: TestApp;
let cookie: string;
const mari = { id: 0, name: 'Mari Maasikas' };

// Entry n is written at 10:0n, in this order: the list shows them from the last.
const entries: Omit<LogEntryInput, 'user' | 'at'>[] = [
  {
    kind: 'activation',
    subject: 'smaily_account',
    outcome: 'failed',
    smailyCode: 401,
    details: { address: 'firma.sendsmaily.net', result: 'wrong-credentials' },
  },
  {
    kind: 'activation',
    subject: 'smaily_account',
    outcome: 'ok',
    details: { address: 'firma.sendsmaily.net', result: 'activated' },
  },
  {
    kind: 'mapping',
    subject: 'smaily_field_mappings',
    outcome: 'ok',
    details: { added: ['piirkond'], removed: [], changed: [] },
  },
  { kind: 'push', subject: '100001', outcome: 'ok', smailyCode: 101, smailyMessage: 'OK' },
  { kind: 'push', subject: '100002', outcome: 'skipped', details: { reason: 'no-email' } },
  {
    kind: 'push',
    subject: '100003',
    outcome: 'failed',
    smailyCode: 204,
    smailyMessage: 'Invalid email address provided',
  },
  {
    kind: 'job',
    subject: '7',
    outcome: 'partial',
    details: { filters: { custCat: 'VKE' }, counts: { sent: 10, skipped: 2, failed: 0 } },
  },
];

beforeAll(async () => {
  testApp = await createTestApp();
  const user = await testApp.signIn('user', 'Mari Maasikas');
  cookie = user.cookie;
  mari.id = user.userId;
  for (const [index, entry] of entries.entries()) {
    await appendLogEntry(testApp.app.db, { ...entry, user: mari, at: new Date(`2026-11-28T10:0${index}:00Z`) });
  }
});
afterAll(() => testApp.close());

const list = (query = '') => testApp.as(cookie).get(`/api/sync-log${query}`);
const subjects = (page: SyncLogPage) => page.items.map((item) => item.subject);

describe('Sünkroniseerimise logi', () => {
  it('lists every entry newest first, for a kasutaja, with its details as written', async () => {
    const response = await list();
    expect(response.statusCode).toBe(200);
    const page = response.json<SyncLogPage>();
    expect(page).toMatchObject({ total: 7, page: 1, pageSize: 50 });
    expect(subjects(page)).toEqual([
      '7',
      '100003',
      '100002',
      '100001',
      'smaily_field_mappings',
      'smaily_account',
      'smaily_account',
    ]);
    expect(page.items[1]).toEqual({
      id: expect.any(Number) as number,
      at: '2026-11-28T10:05:00.000Z',
      userName: 'Mari Maasikas',
      kind: 'push',
      subject: '100003',
      outcome: 'failed',
      smailyCode: 204,
      smailyMessage: 'Invalid email address provided',
      details: null,
    });
    expect(page.items[0]?.details).toEqual({
      filters: { custCat: 'VKE' },
      counts: { sent: 10, skipped: 2, failed: 0 },
    });
  });

  it('pages', async () => {
    const second = (await list('?page=2&pageSize=3')).json<SyncLogPage>();
    expect(second).toMatchObject({ total: 7, page: 2, pageSize: 3 });
    expect(subjects(second)).toEqual(['100001', 'smaily_field_mappings', 'smaily_account']);
    expect(subjects((await list('?page=3&pageSize=3')).json<SyncLogPage>())).toEqual(['smaily_account']);
    expect((await list('?page=4&pageSize=3')).json<SyncLogPage>()).toMatchObject({ items: [], total: 7 });
  });

  it('filters by kind, by outcome, and by both', async () => {
    expect(subjects((await list('?kind=push')).json<SyncLogPage>())).toEqual(['100003', '100002', '100001']);
    expect(subjects((await list('?outcome=failed')).json<SyncLogPage>())).toEqual(['100003', 'smaily_account']);
    const both = (await list('?kind=activation&outcome=ok')).json<SyncLogPage>();
    expect(both.total).toBe(1);
    expect(both.items[0]?.details).toEqual({ address: 'firma.sendsmaily.net', result: 'activated' });
  });

  it('refuses an unknown kind or outcome and a bad page, naming the parameter', async () => {
    for (const [query, field] of [
      ['?kind=delete', 'kind'],
      ['?outcome=maybe', 'outcome'],
      ['?page=0', 'page'],
      ['?pageSize=1000', 'pageSize'],
    ]) {
      const response = await list(query);
      expect(response.statusCode).toBe(400);
      expect(Object.keys(response.json<ApiError>().errors ?? {})).toEqual([field]);
    }
  });

  it('is refused without a session', async () => {
    expect((await testApp.app.inject({ method: 'GET', url: '/api/sync-log' })).statusCode).toBe(401);
  });
});
