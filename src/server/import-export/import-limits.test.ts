import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app';

const megabyte = 1024 * 1024;
let testApp: TestApp;

afterEach(() => testApp.close());

async function open(env: Record<string, string>) {
  testApp = await createTestApp({ env });
}

const start = async (cookie: string, totalRows: number) => {
  const response = await testApp
    .as(cookie)
    .post('/api/import/contacts/sessions', { fields: ['Code', 'Name'], totalRows });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
};

const upload = (cookie: string, id: string, rows: { line: number; cells: string[] }[], language?: string) =>
  testApp.as(cookie, language).post(`/api/import/sessions/${id}/rows`, { rows });

/** `count` rows from line `from` on whose names are 2 000 characters: about 2 KB each. */
const bigRows = (count: number, from = 2) =>
  Array.from({ length: count }, (_, index) => ({ line: from + index, cells: [`K-${from + index}`, 'x'.repeat(2000)] }));

describe('byte limits of staged imports', () => {
  it('refuses a part past the per-import limit with 413 naming the limit, stages none of it, and keeps answering', async () => {
    await open({ IMPORT_MAX_BYTES: String(megabyte), IMPORT_TOTAL_MAX_BYTES: String(4 * megabyte) });
    const { cookie } = await testApp.signIn('user');
    const id = await start(cookie, 1000);
    expect((await upload(cookie, id, bigRows(400))).json()).toEqual({ received: 400 });

    const refused = await upload(cookie, id, bigRows(200, 402));
    expect(refused.statusCode).toBe(413);
    expect(refused.json()).toEqual({
      message: 'Import on liiga suur: selle read tohivad serveris võtta kuni 1 MB. Jaga fail väiksemateks osadeks.',
    });
    const english = await upload(cookie, id, bigRows(200, 402), 'en');
    expect(english.json<{ message: string }>().message).toContain('up to 1 MB on the server');

    expect((await testApp.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    // Nothing of the refused parts was kept: a small part still fits and the count goes on from 400.
    expect((await upload(cookie, id, bigRows(1, 402))).json()).toEqual({ received: 401 });
  });

  it("refuses a part past the server's total as busy with other imports, until another import is cancelled", async () => {
    await open({ IMPORT_MAX_BYTES: String(megabyte), IMPORT_TOTAL_MAX_BYTES: String(1.5 * megabyte) });
    const first = await testApp.signIn('user');
    const second = await testApp.signIn('user');
    const firstId = await start(first.cookie, 450);
    const secondId = await start(second.cookie, 450);
    expect((await upload(first.cookie, firstId, bigRows(450))).statusCode).toBe(200);

    const refused = await upload(second.cookie, secondId, bigRows(450));
    expect(refused.statusCode).toBe(413);
    expect(refused.json()).toEqual({
      message:
        'Server on teiste importidega hõivatud (kõik impordid kokku kuni 1,5 MB). Proovi mõne aja pärast uuesti.',
    });

    const cancelled = await testApp.as(first.cookie).delete(`/api/import/sessions/${firstId}`);
    expect(cancelled.statusCode).toBe(204);
    expect((await upload(second.cookie, secondId, bigRows(450))).json()).toEqual({ received: 450 });
  });

  it('gives the bytes of a committed import back', async () => {
    await open({ IMPORT_MAX_BYTES: String(megabyte), IMPORT_TOTAL_MAX_BYTES: String(megabyte) });
    const committing = await testApp.signIn('user');
    const other = await testApp.signIn('user');
    // About 430 KB of valid contacts, then about 620 KB from another user: both fit 1 MB only one after the other.
    const rows = Array.from({ length: 1500 }, (_, index) => ({
      line: index + 2,
      cells: [`K-${index}`, `Nimi ${index}`.padEnd(200, '.')],
    }));
    const id = await start(committing.cookie, rows.length);
    expect((await upload(committing.cookie, id, rows)).statusCode).toBe(200);
    const preview = await testApp.as(committing.cookie).get(`/api/import/sessions/${id}/preview`);
    expect(preview.json()).toMatchObject({ create: 1500 });
    const otherId = await start(other.cookie, 300);
    expect((await upload(other.cookie, otherId, bigRows(300))).statusCode).toBe(413);

    const commit = await testApp.as(committing.cookie).post(`/api/import/sessions/${id}/commit`);
    expect(commit.body).toContain('"type":"done"');
    expect((await upload(other.cookie, otherId, bigRows(300))).json()).toEqual({ received: 300 });
  });

  it('drops an import left alone on the idle timer, and its bytes fit a new import', async () => {
    // 0.01 minutes: abandoned after 600 ms, looked for every 300 ms.
    await open({
      IMPORT_MAX_BYTES: String(megabyte),
      IMPORT_TOTAL_MAX_BYTES: String(1.5 * megabyte),
      IMPORT_IDLE_MINUTES: '0.01',
    });
    const abandoning = await testApp.signIn('user');
    const waiting = await testApp.signIn('user');
    const abandonedId = await start(abandoning.cookie, 450);
    expect((await upload(abandoning.cookie, abandonedId, bigRows(450))).statusCode).toBe(200);
    const waitingId = await start(waiting.cookie, 450);
    expect((await upload(waiting.cookie, waitingId, bigRows(450))).statusCode).toBe(413);

    // Each try keeps the waiting import in use; only the abandoned one goes idle.
    await vi.waitFor(async () => expect((await upload(waiting.cookie, waitingId, bigRows(450))).statusCode).toBe(200), {
      timeout: 10_000,
      interval: 50,
    });
    const gone = await testApp.as(abandoning.cookie).get(`/api/import/sessions/${abandonedId}/preview`);
    expect(gone.statusCode).toBe(404);
  });

  it("answers a body over Fastify's limit with 413 and the app's {message}, saying the limit", async () => {
    await open({});
    const { cookie } = await testApp.signIn('user');
    const id = await start(cookie, 2000);
    const response = await upload(
      cookie,
      id,
      bigRows(2, 2).map((row) => ({ ...row, cells: [row.cells[0] ?? '', 'x'.repeat(11 * megabyte)] })),
    );
    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual({ message: 'Päring on liiga suur: ühes päringus võib olla kuni 20 MB.' });
    expect((await testApp.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });
});
