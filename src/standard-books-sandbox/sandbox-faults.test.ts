import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callSbSandbox, startSbTestSandbox } from '../server/testing/standard-books-sandbox';
import type { StandardBooksSandbox } from './types';

let sandbox: StandardBooksSandbox;
beforeAll(async () => {
  sandbox = await startSbTestSandbox();
});
afterAll(() => sandbox.close());

const FORM_UTF8 = 'application/x-www-form-urlencoded; charset=UTF-8';

describe('faults answered without processing', () => {
  it('answers queued statuses, an error payload and a redirect in order, then normally; nothing is written', async () => {
    const companyNo = sandbox.addCompany({ contacts: 1 });
    sandbox.failNext(companyNo, [
      500,
      { kind: 'status', status: 503, body: '<html>Hooldus</html>' },
      { kind: 'error-payload', code: '20060', field: 'Name', description: 'Summa ületab arve summat' },
      { kind: 'redirect', location: 'https://elsewhere.example/api/1/CUVc' },
    ]);
    const path = `/api/${companyNo}/CUVc/100001`;
    const body = 'set_field.Name=Muudetud';
    const answers = [];
    for (let i = 0; i < 5; i++)
      answers.push(await callSbSandbox(sandbox, path, { method: 'PATCH', contentType: FORM_UTF8, body }));
    expect(answers.slice(0, 4).map((answer) => [answer.status, answer.json ?? answer.text])).toEqual([
      [500, { error: { '@code': '500', '@field': '', '@description': 'Fault' } }],
      [503, '<html>Hooldus</html>'],
      [200, { error: { '@code': '20060', '@field': 'Name', '@description': 'Summa ületab arve summat' } }],
      [302, ''],
    ]);
    expect(answers[3]?.headers.location).toBe('https://elsewhere.example/api/1/CUVc');
    expect(answers[4]?.status).toBe(200);
    expect(sandbox.requests(companyNo).map((request) => request.fault?.kind ?? null)).toEqual([
      'status',
      'status',
      'error-payload',
      'redirect',
      null,
    ]);
    expect(sandbox.record(companyNo, 'CUVc', '100001')?.fields.Name).toBe('Muudetud');
    expect(sandbox.pendingFaults(companyNo)).toEqual([]);
  });

  it('keeps each company’s faults to itself', async () => {
    const faulty = sandbox.addCompany({ contacts: 1 });
    const calm = sandbox.addCompany({ contacts: 1 });
    sandbox.failNext(faulty, [500]);
    expect((await callSbSandbox(sandbox, `/api/${calm}/CUVc`)).status).toBe(200);
    expect(sandbox.pendingFaults(faulty)).toEqual([{ kind: 'status', status: 500 }]);
  });
});

describe('faults on top of a processed request', () => {
  it('malformed: the PATCH is written, the answer is JSON cut in half', async () => {
    const companyNo = sandbox.addCompany({ contacts: 1 });
    sandbox.failNext(companyNo, [{ kind: 'malformed' }]);
    const answer = await callSbSandbox(sandbox, `/api/${companyNo}/CUVc/100001`, {
      method: 'PATCH',
      contentType: FORM_UTF8,
      body: 'set_field.Name=Kirjutatud',
    });
    expect(answer.status).toBe(200);
    expect(answer.json).toBeUndefined();
    expect(answer.text.startsWith('{"data":{"@register":"CUVc"')).toBe(true);
    expect(sandbox.record(companyNo, 'CUVc', '100001')?.fields.Name).toBe('Kirjutatud');
  });

  it('control-characters: tabs, newlines and other control characters go raw inside strings', async () => {
    const companyNo = sandbox.addCompany({ contacts: 1 });
    sandbox.putRecord(companyNo, 'CUVc', { Code: '100001', Name: 'Ärma\tOÜ\nTallinn\u0001', Comment: 'tee\\n' });
    sandbox.failNext(companyNo, [{ kind: 'control-characters' }]);
    const answer = await callSbSandbox(sandbox, `/api/${companyNo}/CUVc/100001`);
    expect(answer.json).toBeUndefined();
    expect(answer.text).toContain('"Name":"Ärma\tOÜ\nTallinn\u0001"');
    // An escaped backslash stays escaped: only real control characters are written raw.
    expect(answer.text).toContain('"Comment":"tee\\\\n"');
  });

  it('both-lengths: Content-Length and Transfer-Encoding together, which Node refuses by default', async () => {
    const companyNo = sandbox.addCompany({ contacts: 1 });
    sandbox.failNext(companyNo, [{ kind: 'both-lengths' }, { kind: 'both-lengths' }]);
    const lenient = await callSbSandbox(sandbox, `/api/${companyNo}/CCatVc`);
    expect(lenient.headers['transfer-encoding']).toBe('chunked');
    expect(Number(lenient.headers['content-length'])).toBe(Buffer.byteLength(lenient.text));
    expect(lenient.json).toMatchObject({ data: { '@register': 'CCatVc' } });

    const strict = await new Promise<string>((resolve) => {
      http
        .get(`${sandbox.url}/api/${companyNo}/CCatVc`, { headers: { accept: 'application/json' } }, () =>
          resolve('parsed'),
        )
        .on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(strict).toMatch(/^HPE_/);
  });

  it('ignore-offset: answers the first page whatever offset was asked', async () => {
    const companyNo = sandbox.addCompany({ contacts: 4 });
    sandbox.failNext(companyNo, [{ kind: 'ignore-offset' }]);
    const answer = await callSbSandbox(sandbox, `/api/${companyNo}/CUVc?limit=2&offset=2`);
    expect(JSON.stringify(answer.json)).toContain('"Code":"100001"');
  });

  it('slow: processed, but answered only after the delay', async () => {
    const companyNo = sandbox.addCompany({ contacts: 1 });
    sandbox.failNext(companyNo, [{ kind: 'slow', delayMs: 120 }]);
    const started = Date.now();
    const answer = await callSbSandbox(sandbox, `/api/${companyNo}/CUVc`);
    expect(answer.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(115);
  });

  it('drop: the connection closes without an answer', async () => {
    const companyNo = sandbox.addCompany({ contacts: 1 });
    sandbox.failNext(companyNo, [{ kind: 'drop' }]);
    await expect(callSbSandbox(sandbox, `/api/${companyNo}/CUVc`)).rejects.toThrow(/socket hang up|ECONNRESET/);
    expect(sandbox.requests(companyNo)).toEqual([expect.objectContaining({ status: null, fault: { kind: 'drop' } })]);
  });

  it('hold: no answer until the sandbox closes', async () => {
    const own = await startSbTestSandbox();
    const companyNo = own.addCompany({ contacts: 1 });
    own.failNext(companyNo, [{ kind: 'hold' }]);
    const pending = callSbSandbox(own, `/api/${companyNo}/CUVc`).then(
      () => 'answered',
      () => 'connection closed',
    );
    const early = await Promise.race([pending, new Promise((resolve) => setTimeout(resolve, 100, 'still waiting'))]);
    expect(early).toBe('still waiting');
    await own.close();
    expect(await pending).toBe('connection closed');
  });
});

describe('a change made between two requests', () => {
  it('runs before the request is processed, so the answer already shows it', async () => {
    const companyNo = sandbox.addCompany({ contacts: 4 });
    sandbox.failNext(companyNo, [{ kind: 'change', change: () => sandbox.deleteRecord(companyNo, 'CUVc', '100001') }]);
    const answer = await callSbSandbox(sandbox, `/api/${companyNo}/CUVc?limit=2&offset=0&fields=Code`);
    const page = answer.json as { data: { CUVc: { Code: string }[] } };
    expect(page.data.CUVc.map((record) => record.Code)).toEqual(['100002', '100003']);
    expect(sandbox.requests(companyNo)[0]?.fault?.kind).toBe('change');
  });
});
