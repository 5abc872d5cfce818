import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../../shared/auth';
import { standardMappingRows } from '../../shared/smaily-fields';
import type { SyncLogEntry, SyncLogPage } from '../../shared/sync-log';
import { startActivationTest, type ActivationTest } from '../testing/activation-test';

/**
 * Every change of a setting that matters is in Sünkroniseerimise logi with who made it and when, and no secret is: the
 * entries are read back through the API, as the log screen reads them.
 */
let test: ActivationTest;
let admin: string;
const before = new Date();
const secrets: string[] = [];

const call = (method: 'POST' | 'PATCH' | 'PUT', url: string, body: object, cookie = admin) =>
  test.testApp.app.inject({ method, url, headers: { cookie }, payload: body });

async function expectStatus(response: Promise<{ statusCode: number; body: string }>, status: number) {
  const answered = await response;
  expect(answered.statusCode, answered.body).toBe(status);
  return answered;
}

let entries: SyncLogEntry[];

beforeAll(async () => {
  test = await startActivationTest();
  admin = test.admin.cookie;
  const account = test.newAccount();
  secrets.push(account.password);

  await expectStatus(test.activate(admin, test.form(account, { password: 'wrong-password-1' })), 422);
  await expectStatus(test.activate(admin, test.form(account)), 200);
  const rows = [
    ...standardMappingRows,
    { smailyField: 'telefon', contactField: 'Phone', valueKind: 'value', typeCode: null },
  ];
  await expectStatus(call('PUT', '/api/smaily-fields', { rows }), 200);
  await expectStatus(test.deactivate(admin), 200);

  const password = 'Jaani-salasõna-1';
  secrets.push(password, 'Jaani-uus-salasõna-2', 'Jaani-kolmas-salasõna-3');
  const created = await expectStatus(
    call('POST', '/api/users', {
      name: 'Jaan Tamm',
      email: 'jaan@example.test',
      role: 'user',
      password,
      passwordRepeat: password,
    }),
    201,
  );
  const jaan = JSON.parse(created.body) as User;
  const users = `/api/users/${jaan.id}`;
  await expectStatus(call('PATCH', users, { role: 'admin' }), 200);
  await expectStatus(call('PATCH', users, { name: 'Jaan Kask', role: 'admin' }), 200); // the role is no change
  await expectStatus(call('PATCH', users, { active: false }), 200);
  await expectStatus(call('PATCH', users, { active: true }), 200);
  const reset = { password: secrets[2], passwordRepeat: secrets[2] };
  await expectStatus(call('POST', `${users}/password`, reset), 204);
  const jaanLogin = await test.testApp.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: 'jaan@example.test', password: secrets[2] },
  });
  const jaanCookie = `sid=${jaanLogin.cookies.find((cookie) => cookie.name === 'sid')?.value ?? ''}`;
  const own = { currentPassword: secrets[2], password: secrets[3], passwordRepeat: secrets[3] };
  await expectStatus(call('POST', '/api/auth/password', own, jaanCookie), 204);

  const log = await test.testApp.app.inject({ url: '/api/sync-log?pageSize=200', headers: { cookie: admin } });
  entries = log.json<SyncLogPage>().items.reverse();
});
afterAll(() => test.close());

describe('audit of settings in Sünkroniseerimise logi', () => {
  it('has one entry per change, in order, each with who made it', () => {
    expect(entries.map((entry) => [entry.kind, entry.outcome, entry.userName, entry.subject])).toEqual([
      ['activation', 'failed', 'Mari Administraator', 'smaily_account'],
      ['activation', 'ok', 'Mari Administraator', 'smaily_account'],
      ['mapping', 'ok', 'Mari Administraator', 'smaily_field_mappings'],
      ['deactivation', 'ok', 'Mari Administraator', 'smaily_account'],
      ['users', 'ok', 'Mari Administraator', 'Jaan Tamm'],
      ['users', 'ok', 'Mari Administraator', 'Jaan Tamm'],
      ['users', 'ok', 'Mari Administraator', 'Jaan Kask'],
      ['users', 'ok', 'Mari Administraator', 'Jaan Kask'],
      ['users', 'ok', 'Mari Administraator', 'Jaan Kask'],
      ['users', 'ok', 'Mari Administraator', 'Jaan Kask'],
      ['users', 'ok', 'Jaan Kask', 'Jaan Kask'],
    ]);
  });

  it('says when, and what changed', () => {
    for (const entry of entries) {
      expect(Date.parse(entry.at)).toBeGreaterThanOrEqual(before.getTime() - 1000);
      expect(Date.parse(entry.at)).toBeLessThanOrEqual(Date.now());
    }
    const users = entries.filter((entry) => entry.kind === 'users').map((entry) => entry.details);
    expect(users).toEqual([
      { action: 'created', email: 'jaan@example.test', role: 'user' },
      { action: 'role-changed', email: 'jaan@example.test', role: 'admin' },
      { action: 'renamed', email: 'jaan@example.test', previousName: 'Jaan Tamm' },
      { action: 'deactivated', email: 'jaan@example.test' },
      { action: 'reactivated', email: 'jaan@example.test' },
      { action: 'password-reset', email: 'jaan@example.test' },
      { action: 'password-changed', email: 'jaan@example.test' },
    ]);
    expect(entries[2]?.details).toMatchObject({ added: ['telefon'], removed: [], changed: [] });
  });

  it('keeps every password out of the entries and out of the server’s log', async () => {
    const stored = await test.testApp.app.db.selectFrom('sync_log').selectAll().execute();
    const text = JSON.stringify(stored) + test.testApp.logText();
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(text).not.toContain('scrypt$');
  });

  it('filters the users entries by their kind', async () => {
    const response = await test.testApp.app.inject({ url: '/api/sync-log?kind=users', headers: { cookie: admin } });
    expect(response.json<SyncLogPage>().total).toBe(7);
  });
});
