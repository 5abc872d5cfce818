import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SB_TEST_USER, basicAuth, callSbSandbox, startSbTestSandbox } from '../server/testing/standard-books-sandbox';
import type { StandardBooksSandbox } from './types';

let sandbox: StandardBooksSandbox;
let companyNo: string;
beforeAll(async () => {
  sandbox = await startSbTestSandbox();
  companyNo = sandbox.addCompany({ contacts: 3 });
});
afterAll(() => sandbox.close());

describe('Basic auth', () => {
  it('answers 401 with a Basic challenge without credentials or with a wrong password', async () => {
    const none = await callSbSandbox(sandbox, `/api/${companyNo}/CUVc`, { auth: null });
    const wrong = await callSbSandbox(sandbox, `/api/${companyNo}/CUVc`, {
      auth: basicAuth(SB_TEST_USER.username, 'wrong'),
    });
    for (const answer of [none, wrong]) {
      expect(answer.status).toBe(401);
      expect(answer.headers['www-authenticate']).toBe('Basic realm="Standard Books"');
      expect(answer.json).toEqual({ error: { '@code': '401', '@field': '', '@description': 'Unauthorized' } });
    }
    expect(sandbox.requests(companyNo).map((request) => request.user)).toEqual([null, SB_TEST_USER.username]);
  });

  it('answers 403 to a user without the Rest API right in that company, 200 in the one they have', async () => {
    const other = sandbox.addCompany({ contacts: 1 });
    sandbox.addUser({ username: 'limited', password: 'pw', companies: [other] });
    const auth = basicAuth('limited', 'pw');
    expect((await callSbSandbox(sandbox, `/api/${companyNo}/CUVc`, { auth })).status).toBe(403);
    expect((await callSbSandbox(sandbox, `/api/${other}/CUVc`, { auth })).status).toBe(200);
  });
});

describe('what is not there', () => {
  it('answers 404 with an error payload for an unknown company (a model of a real server)', async () => {
    const answer = await callSbSandbox(sandbox, '/api/999/CUVc?limit=1');
    expect(answer.status).toBe(404);
    expect(answer.json).toEqual({ error: { '@code': '404', '@field': '', '@description': 'Company 999 not found' } });
  });

  it('answers 404 for an unknown register and a path outside /api/<n>/<Register>', async () => {
    expect((await callSbSandbox(sandbox, `/api/${companyNo}/NoSuchVc`)).status).toBe(404);
    expect((await callSbSandbox(sandbox, '/WebExcellentAPI.hal')).status).toBe(404);
    expect((await callSbSandbox(sandbox, `/api/${companyNo}/CUVc/1/extra`)).status).toBe(404);
  });

  it('answers 405 to a method it does not model', async () => {
    expect((await callSbSandbox(sandbox, `/api/${companyNo}/CUVc/100001`, { method: 'DELETE' })).status).toBe(405);
    expect((await callSbSandbox(sandbox, `/api/${companyNo}/CUVc`, { method: 'PATCH' })).status).toBe(405);
  });
});

describe('formats', () => {
  it('answers XML, the real default, when the request does not ask for JSON', async () => {
    const answer = await callSbSandbox(sandbox, `/api/${companyNo}/CUVc`, { accept: null });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(answer.text).toMatch(/^<\?xml .*<data register="CUVc"/);
  });

  it('records what each request carried, never the password', async () => {
    await callSbSandbox(sandbox, `/api/${companyNo}/CCatVc/ERA?x=1`);
    const [request] = sandbox.requests(companyNo).slice(-1);
    expect(request).toMatchObject({
      method: 'GET',
      url: `/api/${companyNo}/CCatVc/ERA?x=1`,
      companyNo,
      register: 'CCatVc',
      code: 'ERA',
      query: { x: '1' },
      host: `127.0.0.1:${sandbox.port}`,
      accept: 'application/json',
      user: SB_TEST_USER.username,
      status: 200,
      fault: null,
    });
    expect(JSON.stringify(request)).not.toContain(SB_TEST_USER.password);
  });
});
