import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { basicAuth } from '../testing/smaily-sandbox';
import type { ApiError } from '../../shared/errors';
import type { SmailyStatus } from '../../shared/smaily-account';
import { databaseFile } from '../db/database';
import { KEY_FILE_NAME } from '../secrets/secret-key';
import { HOSTILE_SUBDOMAINS } from '../testing/smaily-client';
import { createTestApp } from '../testing/test-app';
import { loadActiveSmailyAccount } from './active-account';
import { startActivationTest, type ActivationTest } from '../testing/activation-test';

let t: ActivationTest;
const started: ActivationTest[] = [];
async function start(env: Record<string, string> = {}) {
  t = await startActivationTest(env);
  started.push(t);
  return t;
}
beforeEach(() => start());
afterEach(async () => {
  for (const test of started.splice(0)) await test.close();
});

/** Every way the password could leak: as typed, and inside the Basic header sent to Smaily. */
function secretsOf(account: { username: string; password: string }): string[] {
  const header = basicAuth(account.username, account.password);
  return [account.password, header, header.slice('Basic '.length), 'authorization'];
}

async function flipStoredByte(): Promise<void> {
  const db = t.testApp.app.db;
  const { password_sealed: sealed } = await db
    .selectFrom('smaily_account')
    .select('password_sealed')
    .executeTakeFirstOrThrow();
  const parts = (sealed ?? '').split('.');
  const ciphertext = Buffer.from(parts[3] ?? '', 'base64url');
  ciphertext[0] = (ciphertext[0] ?? 0) ^ 0x01;
  parts[3] = ciphertext.toString('base64url');
  await db
    .updateTable('smaily_account')
    .set({ password_sealed: parts.join('.') })
    .execute();
}

describe('the password stays secret', () => {
  it('is in no log line of a failed or a successful activation, even at trace level', async () => {
    await t.close();
    await start({ LOG_LEVEL: 'trace' });
    const account = t.newAccount();
    const wrong = { ...account, password: `${account.password}-vale` };
    expect((await t.activate(t.admin.cookie, t.form(wrong))).statusCode).toBe(422);
    expect((await t.activate(t.admin.cookie, t.form(account))).statusCode).toBe(200);

    const log = t.testApp.logText();
    expect(log).toContain('smaily activation failed'); // (control) the lines were captured
    expect(log).toContain('smaily activated');
    for (const secret of [...secretsOf(account), ...secretsOf(wrong)])
      expect(log.toLowerCase()).not.toContain(secret.toLowerCase());
  });

  it('is in no status answer, for an administrator or a kasutaja, in any state', async () => {
    const account = t.newAccount();
    const { cookie } = await t.testApp.signIn('user');
    const bodies: string[] = [];
    const read = async () => {
      for (const who of [t.admin.cookie, cookie]) bodies.push((await t.status(who)).body);
    };
    bodies.push((await t.activate(t.admin.cookie, t.form(account))).body);
    await read();
    await t.activate(t.admin.cookie, t.form(account, { password: 'vale-salasona' }));
    await read();
    await flipStoredByte();
    await read();

    const { password_sealed: sealed } = await t.testApp.app.db
      .selectFrom('smaily_account')
      .select('password_sealed')
      .executeTakeFirstOrThrow();
    for (const body of bodies) {
      expect(body).toContain(account.username); // (control) the status does speak of the account
      for (const secret of [...secretsOf(account), 'vale-salasona', sealed ?? 'sealed'])
        expect(body).not.toContain(secret);
    }
  });

  it('is in neither the SQLite file nor its -wal file', async () => {
    const account = t.newAccount();
    expect((await t.activate(t.admin.cookie, t.form(account))).statusCode).toBe(200);
    await t.activate(t.admin.cookie, t.form(account, { password: 'vale-salasona-123' }));

    const file = databaseFile(t.testApp.dataDir);
    const bytes = Buffer.concat([
      readFileSync(file),
      existsSync(`${file}-wal`) ? readFileSync(`${file}-wal`) : Buffer.alloc(0),
    ]);
    expect(bytes.includes(Buffer.from(account.username))).toBe(true); // (control) the account was written there
    for (const secret of [
      account.password,
      'vale-salasona-123',
      basicAuth(account.username, account.password).slice(6),
    ]) {
      expect(bytes.includes(Buffer.from(secret))).toBe(false);
    }
  });
});

describe('a key that no longer opens the password', () => {
  it('a flipped byte of the stored ciphertext gives "activate again", not an error', async () => {
    const account = t.newAccount();
    await t.activate(t.admin.cookie, t.form(account));
    await flipStoredByte();

    const response = await t.status(t.admin.cookie);
    expect(response.statusCode).toBe(200);
    expect(response.json<SmailyStatus>()).toMatchObject({
      state: 'needs-reactivation',
      address: `${account.subdomain}.sendsmaily.net`,
    });
    expect(await loadActiveSmailyAccount(t.testApp.app.db, t.testApp.app.secrets)).toEqual({
      status: 'needs-reactivation',
    });
  });

  it('another SECRET_KEY on the same data gives "activate again"; activating again mends it', async () => {
    const account = t.newAccount();
    await t.activate(t.admin.cookie, t.form(account));
    const other = await createTestApp({
      env: {
        SMAILY_URL_TEMPLATE: t.sandbox.urlTemplate,
        DATA_DIR: t.testApp.dataDir,
        SECRET_KEY: Buffer.alloc(32, 9).toString('base64'),
      },
    });
    try {
      const cookie = (await other.signIn('admin')).cookie;
      const status = () => other.as(cookie).get('/api/smaily/status');
      expect((await status()).json<SmailyStatus>().state).toBe('needs-reactivation');

      const again = await other.as(cookie).post('/api/smaily/activation', t.form(account));
      expect(again.statusCode).toBe(200);
      expect((await status()).json<SmailyStatus>().state).toBe('active');
      expect(await loadActiveSmailyAccount(other.app.db, other.app.secrets)).toMatchObject({
        status: 'active',
        account: { password: account.password },
      });
    } finally {
      await other.close();
    }
  });

  it('without SECRET_KEY a key file with mode 0600 is made in DATA_DIR; losing it means activating again', async () => {
    await t.close();
    await start({ SECRET_KEY: '' });
    const account = t.newAccount();
    await t.activate(t.admin.cookie, t.form(account));
    const keyFile = path.join(t.testApp.dataDir, KEY_FILE_NAME);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);

    const reopen = async () => {
      const again = await createTestApp({ env: { DATA_DIR: t.testApp.dataDir, SECRET_KEY: '' } });
      const state = await loadActiveSmailyAccount(again.app.db, again.app.secrets);
      await again.close();
      return state.status;
    };
    expect(await reopen()).toBe('active');
    rmSync(keyFile);
    expect(await reopen()).toBe('needs-reactivation');
  });
});

describe('loadActiveSmailyAccount', () => {
  it('gives the account a push uses, with its password opened, and inactive before and after', async () => {
    const load = () => loadActiveSmailyAccount(t.testApp.app.db, t.testApp.app.secrets);
    expect(await load()).toEqual({ status: 'inactive' });
    const account = t.newAccount();
    await t.activate(t.admin.cookie, t.form(account));
    const { activatedAt } = (await t.status(t.admin.cookie)).json<SmailyStatus>();
    expect(await load()).toEqual({ status: 'active', account, activatedAt });
    await t.deactivate(t.admin.cookie);
    expect(await load()).toEqual({ status: 'inactive' });
  });
});

// Forms a user may type that the parser normalises to a plain label; everything else in the client's table is refused.
const normalised: Record<string, string> = {
  'https://x.sendsmaily.net': 'x',
  Demo: 'demo',
  'demo.sendsmaily.net': 'demo',
  ' demo': 'demo',
  'acct1/api/contact.php?': 'acct1',
  'acct1#': 'acct1',
};
const refused = HOSTILE_SUBDOMAINS.filter((address) => !(address in normalised));

describe('hostile addresses posted straight to the API', () => {
  it.each(refused)('%j → 400 on the address field, and the sandbox received nothing', async (address) => {
    const response = await t.activate(t.admin.cookie, { address, username: 'user1', password: 'pw-1-S3cret!' });
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json<ApiError>().errors ?? {})).toEqual(['address']);
    expect(t.sandbox.requests()).toEqual([]);
    expect(await t.accountLog()).toEqual([]);
  });

  it.each(Object.entries(normalised))('%j is checked with Smaily only as the label %j', async (address, label) => {
    await t.activate(t.admin.cookie, { address, username: 'u', password: 'p' });
    // No such account: the probe's 404 is asked again at the documented endpoint, at the same label.
    expect(t.sandbox.requests().map((request) => [request.subdomain, request.endpoint])).toEqual([
      [label, 'workflows.php'],
      [label, 'autoresponder.php'],
    ]);
  });

  it('gives each reason its own words, in the language asked for', async () => {
    const said = async (address: string, language = 'et') =>
      (await t.activate(t.admin.cookie, { address, username: 'u', password: 'p' }, language)).json<ApiError>().errors
        ?.address;
    expect(await said('firma.example.com')).toBe('See pole Smaily aadress: see peab lõppema .sendsmaily.net');
    expect(await said('firma.sendsmaily.net:8443')).toBe('Aadressis ei tohi olla pordinumbrit');
    expect(await said('127.0.0.1', 'en')).toBe(
      'An IP address will not do: enter the Smaily address, e.g. company.sendsmaily.net',
    );
    expect(await said('')).toBe('Sisesta Smaily aadress, nt ettevote.sendsmaily.net');
  });
});
