import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StandardBooksSandbox } from '../../standard-books-sandbox/types';
import { newSbCompany, newSbTestClient, startSbTestSandbox } from '../testing/standard-books-sandbox';
import { compareSequences } from './sequence';
import type { SbOutcome, SbPage } from './types';

let sandbox: StandardBooksSandbox;
beforeAll(async () => {
  sandbox = await startSbTestSandbox();
});
afterAll(() => sandbox.close());

function page(outcome: SbOutcome<SbPage>): SbPage {
  if (outcome.kind !== 'ok') throw new Error(`expected ok, got ${outcome.kind}`);
  return outcome.body;
}
const codes = (outcome: SbOutcome<SbPage>) => page(outcome).records.map((record) => record.Code);

async function collect<T>(pages: AsyncGenerator<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of pages) all.push(item);
  return all;
}

describe('listPage', () => {
  it('pages with limit and offset, the limit defaulting to the page size', async () => {
    const { client } = newSbTestClient({ pageSize: 4 });
    const connection = newSbCompany(sandbox, 7);
    expect(codes(await client.listPage(connection, 'contacts', { limit: 3, offset: 3 }))).toEqual([
      '100004',
      '100005',
      '100006',
    ]);
    expect(codes(await client.listPage(connection, 'contacts'))).toEqual(['100001', '100002', '100003', '100004']);
    expect(sandbox.requests(connection.companyNo).map((request) => request.query)).toEqual([
      { limit: '3', offset: '3' },
      { limit: '4' },
    ]);
  });

  it('asks for only the fields named, and gets each record with its @sequence and @url', async () => {
    const { client } = newSbTestClient();
    const connection = newSbCompany(sandbox, 2);
    const body = page(await client.listPage(connection, 'contacts', { fields: ['Code', 'eMail'] }));
    const stored = sandbox.records(connection.companyNo, 'CUVc');
    expect(body.records).toEqual(
      stored.map((record) => ({
        Code: record.fields.Code,
        eMail: record.fields.eMail,
        '@sequence': record.sequence,
        '@url': `/api/${connection.companyNo}/CUVc/${record.fields.Code}`,
      })),
    );
  });

  it('filters with filter.<Field>', async () => {
    const { client } = newSbTestClient();
    const connection = newSbCompany(sandbox, 30);
    const body = page(
      await client.listPage(connection, 'contacts', { filter: { CustCat: 'ERA' }, fields: ['Code', 'CustCat'] }),
    );
    expect(body.records.length).toBeGreaterThan(0);
    expect(new Set(body.records.map((record) => record.CustCat))).toEqual(new Set(['ERA']));
    expect(sandbox.requests(connection.companyNo)[0]?.query).toMatchObject({ 'filter.CustCat': 'ERA' });
  });

  it('reads what changed after a sequence, in sequence order, deleted records not among them', async () => {
    const { client } = newSbTestClient();
    const connection = newSbCompany(sandbox, 5);
    const checked = await client.check(connection);
    if (checked.kind !== 'ok' || checked.body.sequence === null) throw new Error('the check should pass');
    const cursor = checked.body.sequence;
    sandbox.putRecord(connection.companyNo, 'CUVc', { Code: '100003', Name: 'Muudetud' });
    sandbox.putRecord(connection.companyNo, 'CUVc', { Code: '100001', NoMailPosting: '1' });
    sandbox.deleteRecord(connection.companyNo, 'CUVc', '100005');
    const body = page(await client.listPage(connection, 'contacts', { updatesAfter: cursor }));
    expect(body.records.map((record) => record.Code)).toEqual(['100003', '100001']);
    expect(compareSequences(body.sequence ?? '', cursor)).toBe(1);
    expect(body.sequence).toBe(sandbox.sequence(connection.companyNo));
  });

  it('shows a sequence reset as a sequence lower than the cursor', async () => {
    const { client } = newSbTestClient();
    const connection = newSbCompany(sandbox, 3, 10_000n);
    const before = page(await client.listPage(connection, 'contacts', { limit: 1 })).sequence ?? '';
    sandbox.resetSequence(connection.companyNo);
    const after = page(await client.listPage(connection, 'contacts', { limit: 1 })).sequence ?? '';
    expect(compareSequences(after, before)).toBe(-1);
  });
});

describe('readPages', () => {
  it('reads page after page, pausing between them, until a short page', async () => {
    const { client, delays } = newSbTestClient({ pauseBetweenPagesMs: 1000 });
    const connection = newSbCompany(sandbox, 7);
    const pages = await collect(client.readPages(connection, 'contacts', { limit: 3, fields: ['Code'] }));
    expect(pages.map(codes)).toEqual([['100001', '100002', '100003'], ['100004', '100005', '100006'], ['100007']]);
    expect(sandbox.requests(connection.companyNo).map((request) => request.query.offset)).toEqual(['0', '3', '6']);
    expect(delays).toEqual([1000, 1000]);
  });

  it('asks once more after a full last page, and stops at an empty one', async () => {
    const { client } = newSbTestClient();
    const connection = newSbCompany(sandbox, 6);
    const pages = await collect(client.readPages(connection, 'contacts', { limit: 3 }));
    expect(pages.map((outcome) => page(outcome).records.length)).toEqual([3, 3, 0]);
  });

  it('ends with the failure when a page fails for good', async () => {
    const { client } = newSbTestClient({ retry: { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 } });
    const connection = newSbCompany(sandbox, 7);
    const pages = client.readPages(connection, 'contacts', { limit: 3 });
    const first = await pages.next();
    sandbox.failNext(connection.companyNo, [503]);
    const rest = await collect(pages);
    expect(first.value).toMatchObject({ kind: 'ok' });
    expect(rest).toEqual([{ kind: 'server-error', status: 503, attempts: 1 }]);
  });

  it('stops rather than loop for ever when the server ignores offset', async () => {
    const { client } = newSbTestClient();
    const connection = newSbCompany(sandbox, 7);
    sandbox.failNext(connection.companyNo, [{ kind: 'ignore-offset' }, { kind: 'ignore-offset' }]);
    const pages = await collect(client.readPages(connection, 'contacts', { limit: 3 }));
    expect(pages.map((outcome) => outcome.kind)).toEqual(['ok', 'invalid-response']);
  });

  it('a record changed while paging is found again from the first page’s sequence', async () => {
    const connection = newSbCompany(sandbox, 7);
    const { client } = newSbTestClient({
      sleep: () => {
        // Between pages someone edits a contact already read on the first page.
        sandbox.putRecord(connection.companyNo, 'CUVc', { Code: '100002', Name: 'Muudetud vahepeal' });
        return Promise.resolve();
      },
    });
    const pages = await collect(client.readPages(connection, 'contacts', { limit: 3 }));
    const cursor = page(pages[0] as SbOutcome<SbPage>).sequence ?? '';
    const next = page(await client.listPage(connection, 'contacts', { updatesAfter: cursor }));
    expect(next.records.map((record) => [record.Code, record.Name])).toEqual([['100002', 'Muudetud vahepeal']]);
  });
});

describe('readRecord', () => {
  it('reads one record by its path-escaped code, and null when the server has none', async () => {
    const { client } = newSbTestClient();
    const connection = newSbCompany(sandbox, 1);
    sandbox.putRecord(connection.companyNo, 'CUVc', { Code: 'Tõnu/1 ?#%', Name: 'Tõnu' });
    expect(await client.readRecord(connection, 'contacts', 'Tõnu/1 ?#%')).toMatchObject({
      kind: 'ok',
      body: { Code: 'Tõnu/1 ?#%', Name: 'Tõnu' },
    });
    expect(sandbox.requests(connection.companyNo)[0]?.url).toBe(
      `/api/${connection.companyNo}/CUVc/T%C3%B5nu%2F1%20%3F%23%25`,
    );
    expect(await client.readRecord(connection, 'contacts', 'NOPE')).toEqual({ kind: 'ok', attempts: 1, body: null });
  });

  it('reads the code lists by their registers', async () => {
    const { client } = newSbTestClient();
    const connection = newSbCompany(sandbox, 1);
    expect(await client.readRecord(connection, 'objects', 'MYYK')).toMatchObject({
      body: { Code: 'MYYK', OTCode: 'OSAK' },
    });
    expect(await client.readRecord(connection, 'classifications', 'UUDIS')).toMatchObject({ body: { Code: 'UUDIS' } });
    expect(sandbox.requests(connection.companyNo).map((request) => request.register)).toEqual(['ObjVc', 'CClassVc']);
  });
});
