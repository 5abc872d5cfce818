import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiError } from '../../shared/errors';
import type { SmailyStatus } from '../../shared/smaily-account';
import { startActivationTest, type ActivationTest } from '../testing/activation-test';

let t: ActivationTest;
beforeEach(async () => {
  t = await startActivationTest();
});
afterEach(() => t.close());

const inactive: SmailyStatus = {
  state: 'inactive',
  address: null,
  username: null,
  activatedAt: null,
  activatedBy: null,
  result: null,
  failure: null,
};

describe('activation', () => {
  it('starts inactive, then saves the credentials Smaily accepts and tells every user who activated when', async () => {
    const { cookie: userCookie } = await t.testApp.signIn('user');
    expect((await t.status(userCookie)).json<SmailyStatus>()).toEqual(inactive);

    const account = t.newAccount();
    const before = Date.now();
    const response = await t.activate(t.admin.cookie, t.form(account));
    expect(response.statusCode, response.body).toBe(200);

    const status = (await t.status(userCookie)).json<SmailyStatus>();
    expect(status).toEqual({
      state: 'active',
      address: `${account.subdomain}.sendsmaily.net`,
      username: account.username,
      activatedAt: expect.any(String) as string,
      activatedBy: 'Mari Administraator',
      result: { code: 'activated', at: status.activatedAt },
      failure: null,
    });
    expect(Date.parse(status.activatedAt ?? '')).toBeGreaterThanOrEqual(before - 1000);
    expect(response.json<SmailyStatus>()).toEqual(status);
    // One credential check, with the credentials typed, at the account's label.
    expect(
      t.sandbox.requests(account.subdomain).map((request) => [request.endpoint, request.user, request.status]),
    ).toEqual([['workflows.php', account.username, 200]]);
    expect(await t.accountLog()).toEqual([
      {
        kind: 'activation',
        outcome: 'ok',
        user_id: t.admin.userId,
        user_name: 'Mari Administraator',
        smaily_code: null,
        details: { address: `${account.subdomain}.sendsmaily.net`, result: 'activated' },
      },
    ]);
  });

  it('with a wrong password saves nothing and leaves the previous activation intact', async () => {
    const first = t.newAccount();
    await t.activate(t.admin.cookie, t.form(first));
    const activeBefore = (await t.status(t.admin.cookie)).json<SmailyStatus>();
    const rowBefore = await t.testApp.app.db.selectFrom('smaily_account').selectAll().executeTakeFirstOrThrow();

    const second = t.newAccount();
    const response = await t.activate(t.admin.cookie, t.form(second, { password: 'not-the-password' }));

    expect(response.statusCode).toBe(422);
    expect(response.json<ApiError>()).toEqual({
      message:
        'Smaily ei tunne seda kasutajatunnust ja salasõna. Kontrolli API kasutaja andmeid (Smaily › sinu kasutajanimi › Seaded › Liidestused).',
    });
    const rowAfter = await t.testApp.app.db.selectFrom('smaily_account').selectAll().executeTakeFirstOrThrow();
    expect({ ...rowAfter, failure_code: null, failure_at: null }).toEqual(rowBefore);
    const status = (await t.status(t.admin.cookie)).json<SmailyStatus>();
    expect(status).toEqual({
      ...activeBefore,
      failure: { code: 'wrong-credentials', at: expect.any(String) as string },
    });
    expect((await t.accountLog()).map((entry) => [entry.outcome, entry.smaily_code, entry.details])).toEqual([
      ['ok', null, { address: `${first.subdomain}.sendsmaily.net`, result: 'activated' }],
      ['failed', 401, { address: `${second.subdomain}.sendsmaily.net`, result: 'wrong-credentials' }],
    ]);
  });

  it('a failed first activation leaves Smaily inactive and remembers why', async () => {
    const response = await t.activate(t.admin.cookie, {
      address: 'eikeegi.sendsmaily.net',
      username: 'u',
      password: 'p',
    });
    expect(response.statusCode).toBe(422);
    expect(response.json<ApiError>().message).toBe('Sellist Smaily kontot pole. Kontrolli aadressi (Host).');
    expect((await t.status(t.admin.cookie)).json<SmailyStatus>()).toEqual({
      ...inactive,
      failure: { code: 'unknown-account', at: expect.any(String) as string },
    });
    expect((await t.accountLog()).map((entry) => [entry.outcome, entry.smaily_code, entry.user_name])).toEqual([
      ['failed', 404, 'Mari Administraator'],
    ]);
  });

  it.each([
    ['5xx on both attempts (the last one is logged)', [503, 500], 502, 500],
    ['429 on both attempts', [429, 429], 502, 429],
    ['a dropped connection twice', [{ kind: 'drop' as const }, { kind: 'drop' as const }], 502, null],
    ['no answer within the probe timeout', [{ kind: 'hold' as const }, { kind: 'hold' as const }], 504, null],
  ])('says Smaily did not answer for %s, after one retry only', async (_name, faults, status, smailyCode) => {
    const account = t.newAccount();
    t.sandbox.failNext(account.subdomain, faults);
    const response = await t.activate(t.admin.cookie, t.form(account), 'en');
    expect(response.statusCode).toBe(status);
    expect(response.json<ApiError>()).toEqual({ message: 'Smaily did not answer. Try again in a while.' });
    expect(t.sandbox.requests(account.subdomain)).toHaveLength(2);
    expect((await t.accountLog()).map((entry) => [entry.smaily_code, entry.details])).toEqual([
      [smailyCode, expect.objectContaining({ result: 'unreachable' })],
    ]);
    expect((await t.status(t.admin.cookie)).json<SmailyStatus>().state).toBe('inactive');
  });

  it('keeps what Smaily said when it answers with an error code', async () => {
    const account = t.newAccount();
    t.sandbox.failNext(account.subdomain, [{ kind: 'code', code: 217, message: 'Unknown column in filter data' }]);
    const response = await t.activate(t.admin.cookie, t.form(account));
    expect(response.statusCode).toBe(502);
    const [entry] = await t.testApp.app.db.selectFrom('sync_log').selectAll().execute();
    expect(entry).toMatchObject({
      outcome: 'failed',
      smaily_code: 217,
      smaily_message: 'Unknown column in filter data',
    });
  });

  it('says in its own words that the user has no API access (code 202), and remembers it', async () => {
    const account = t.newAccount();
    t.sandbox.failNext(account.subdomain, [{ kind: 'code', code: 202, message: 'Forbidden' }]);
    const response = await t.activate(t.admin.cookie, t.form(account), 'en');
    expect(response.statusCode).toBe(422);
    expect(response.json<ApiError>()).toEqual({
      message:
        'Smaily knows this user, but it has no API access. Use an API user (Smaily › your user name › Settings › Integrations), or ask the account owner to grant the access.',
    });
    expect(t.sandbox.requests(account.subdomain)).toHaveLength(1);
    expect((await t.status(t.admin.cookie)).json<SmailyStatus>()).toEqual({
      ...inactive,
      failure: { code: 'no-api-access', at: expect.any(String) as string },
    });
    const [entry] = await t.testApp.app.db.selectFrom('sync_log').selectAll().execute();
    expect(entry).toMatchObject({ outcome: 'failed', smaily_code: 202, smaily_message: 'Forbidden' });
    expect(JSON.parse(entry?.details ?? 'null')).toMatchObject({ result: 'no-api-access' });
  });

  it('activates an account whose workflows.php answers 404, once the documented endpoint answers', async () => {
    const account = t.newAccount();
    t.sandbox.failNext(account.subdomain, [404]);
    const response = await t.activate(t.admin.cookie, t.form(account));
    expect(response.statusCode, response.body).toBe(200);
    expect(t.sandbox.requests(account.subdomain).map((request) => [request.endpoint, request.status])).toEqual([
      ['workflows.php', 404],
      ['autoresponder.php', 200],
    ]);
  });

  it('re-activation replaces the credentials', async () => {
    const first = t.newAccount();
    const second = t.newAccount();
    await t.activate(t.admin.cookie, t.form(first));
    await t.activate(t.admin.cookie, t.form(second));
    const status = (await t.status(t.admin.cookie)).json<SmailyStatus>();
    expect([status.state, status.address, status.username]).toEqual([
      'active',
      `${second.subdomain}.sendsmaily.net`,
      second.username,
    ]);
  });

  it('refuses a body with a missing or unknown field, naming it', async () => {
    const response = await t.activate(t.admin.cookie, { address: 'firma', username: '  ', extra: 1 });
    expect(response.statusCode).toBe(400);
    expect(response.json<ApiError>().errors).toEqual({
      username: 'Kohustuslik väli',
      password: 'Kohustuslik väli',
      extra: 'Tundmatu väli',
    });
    expect(t.sandbox.requests()).toEqual([]);
  });
});

describe('deactivation', () => {
  it('removes the credentials, keeps the moment, and is logged with who did it', async () => {
    const account = t.newAccount();
    await t.activate(t.admin.cookie, t.form(account));
    const response = await t.deactivate(t.admin.cookie);
    expect(response.statusCode).toBe(200);
    expect(response.json<SmailyStatus>()).toEqual({
      ...inactive,
      result: { code: 'deactivated', at: expect.any(String) as string },
    });
    const row = await t.testApp.app.db.selectFrom('smaily_account').selectAll().executeTakeFirstOrThrow();
    expect([row.subdomain, row.username, row.password_sealed]).toEqual([null, null, null]);
    expect((await t.accountLog()).map((entry) => [entry.kind, entry.outcome, entry.user_name, entry.details])).toEqual([
      ['activation', 'ok', 'Mari Administraator', expect.anything()],
      [
        'deactivation',
        'ok',
        'Mari Administraator',
        { address: `${account.subdomain}.sendsmaily.net`, result: 'deactivated' },
      ],
    ]);
  });

  it('answers 409 when nothing is active, and logs nothing', async () => {
    const response = await t.deactivate(t.admin.cookie);
    expect(response.statusCode).toBe(409);
    expect(response.json<ApiError>()).toEqual({ message: 'Smaily liidestus pole aktiveeritud' });
    expect(await t.accountLog()).toEqual([]);
  });
});

describe('roles', () => {
  it('a kasutaja gets 403 on activate and deactivate, and nothing changes; the status is theirs to read', async () => {
    const account = t.newAccount();
    await t.activate(t.admin.cookie, t.form(account));
    const { cookie } = await t.testApp.signIn('user');
    const other = t.newAccount();

    const activate = await t.activate(cookie, t.form(other));
    const deactivate = await t.deactivate(cookie);
    expect([activate.statusCode, deactivate.statusCode]).toEqual([403, 403]);
    expect(activate.json<ApiError>().message).toBe('Sul pole selleks õigust');
    expect(t.sandbox.requests(other.subdomain)).toEqual([]);
    const status = await t.status(cookie);
    expect(status.statusCode).toBe(200);
    expect(status.json<SmailyStatus>()).toMatchObject({
      state: 'active',
      address: `${account.subdomain}.sendsmaily.net`,
    });
    expect(await t.accountLog()).toHaveLength(1);
  });

  it('without a session every route answers 401', async () => {
    const answers = await Promise.all([t.status(''), t.activate('', {}), t.deactivate('')]);
    expect(answers.map((answer) => answer.statusCode)).toEqual([401, 401, 401]);
  });
});
