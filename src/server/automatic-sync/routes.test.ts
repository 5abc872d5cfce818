import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AutomaticSyncStatus } from '../../shared/automatic-sync';
import { createTestApp, type SessionClient, type TestApp } from '../testing/test-app';

let testApp: TestApp;
let admin: SessionClient;
beforeAll(async () => {
  testApp = await createTestApp({ contacts: 3, env: { AUTOMATIC_SYNC_CHECK_INTERVAL_MS: '3600000' } });
  admin = testApp.as((await testApp.signIn('admin')).cookie, 'en');
});
afterAll(async () => {
  await testApp.close();
});

const settings = { enabled: false, schedule: 'daily', dailyAt: '04:15', filters: { custCat: 'VKE' } };

describe('the automatic sync API', () => {
  it('keeps its settings while off, and names the next run only while on', async () => {
    const saved = await admin.put('/api/automatic-sync', settings);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<AutomaticSyncStatus>()).toMatchObject({ settings, nextRunAt: null, lastRun: null });
    expect((await admin.get('/api/automatic-sync')).json<AutomaticSyncStatus>().settings).toEqual(settings);
  });

  it('refuses bad settings with the field named', async () => {
    const badTime = await admin.put('/api/automatic-sync', { ...settings, dailyAt: '25:00' });
    expect(badTime.statusCode).toBe(400);
    expect(badTime.json()).toMatchObject({ errors: { dailyAt: expect.stringContaining('HH:MM') as string } });
    const unknownClass = await admin.put('/api/automatic-sync', { ...settings, filters: { custCat: 'NOPE' } });
    expect(unknownClass.statusCode).toBe(400);
    const extra = await admin.put('/api/automatic-sync', { ...settings, password: 'x' });
    expect(extra.statusCode).toBe(400);
  });

  it('refuses to turn on, or to run now, while Smaily is not activated', async () => {
    const on = await admin.put('/api/automatic-sync', { ...settings, enabled: true });
    expect(on.statusCode).toBe(409);
    expect(on.json()).toMatchObject({ message: expect.stringContaining('not activated') as string });
    expect((await admin.post('/api/automatic-sync/run')).statusCode).toBe(409);
    expect((await admin.post('/api/automatic-sync/resume')).statusCode).toBe(409);
  });

  it('is for administrators only', async () => {
    const user = testApp.as((await testApp.signIn('user')).cookie);
    expect((await user.get('/api/automatic-sync')).statusCode).toBe(403);
    expect((await user.post('/api/automatic-sync/run')).statusCode).toBe(403);
  });
});
