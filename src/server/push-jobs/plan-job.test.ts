import { afterEach, describe, expect, it } from 'vitest';
import { replaceMappingRows } from '../smaily-fields/mapping-store';
import { createTestApp, type TestApp } from '../testing/test-app';
import { countByFilters, contactPageSize } from './contact-pages';
import { createJob } from './create-job';
import { expectedDemoPush, expectedOutcomesOf1200, testMappingRows } from '../testing/push-fixture';
import { planJob } from './plan-job';
import { openReadConnection } from './read-connection';
import { readJobRow } from './job-store';

let testApp: TestApp;
afterEach(() => testApp.close());

const contacts = 1200; // three pages; the first contact of the second page shares an e-mail with one of the first

async function startJob(app: TestApp) {
  const { userId } = await app.signIn('user', 'Kati Kasutaja');
  await app.app.db.transaction().execute((trx) => replaceMappingRows(trx, testMappingRows));
  return createJob(app.app.db, {
    subdomain: 'acme',
    filters: {},
    resendOf: null,
    user: { id: userId, name: 'Kati Kasutaja' },
    batchSize: 10,
    total: (db) => countByFilters(db, {}),
  });
}

describe('planning a job page by page', () => {
  it('goes on after an interruption between pages exactly where it was, without a second row for anyone', async () => {
    testApp = await createTestApp({ contacts });
    const { id } = await startJob(testApp);
    const db = testApp.app.db;
    const deps = { db, openSnapshot: () => openReadConnection(testApp.dataDir), onProgress: () => undefined };

    // The app closes after two pages are written (as a crash between two page transactions would leave it).
    let pages = 0;
    await planJob({ ...deps, isClosing: () => pages > 1, onProgress: () => (pages += 1) }, id);
    const halfway = await readJobRow(db, id);
    expect([halfway?.planned, halfway?.planned_count, halfway?.total]).toEqual([0, 2 * contactPageSize, contacts]);

    await planJob({ ...deps, isClosing: () => false }, id);

    const rowsOf = (jobId: number) =>
      db.selectFrom('push_job_contacts').selectAll().where('job_id', '=', jobId).orderBy('seq').execute();
    const rows = await rowsOf(id);
    expect(
      rows.map((row) => ({
        code: row.code,
        outcome: row.outcome === 'pending' ? 'sent' : row.outcome,
        reason: row.reason,
        duplicateOf: row.detail,
      })),
    ).toEqual(expectedOutcomesOf1200());
    expect(rows.map((row) => row.seq)).toEqual(rows.map((_, index) => index));
    const toSend = rows.filter((row) => row.batch !== null);
    const payloads = toSend.map((row) => JSON.parse(row.payload ?? '') as unknown);
    // The first page's rows as written down; 1 071 are sent (1 200 less the 129 skipped), ten to a batch.
    const first60 = expectedDemoPush(60, 10);
    expect(payloads.slice(0, first60.sent.length)).toEqual(first60.sent);
    expect(toSend.map((row) => row.batch)).toEqual(Array.from({ length: 1071 }, (_, index) => Math.floor(index / 10)));
    const job = await readJobRow(db, id);
    expect(job).toMatchObject({
      planned: 1,
      total: contacts,
      planned_send: 1071,
      skipped: 129,
      skipped_closed: 34,
      skipped_no_email: 52,
      skipped_invalid_email: 19,
      skipped_duplicate_email: 24,
      batches_total: 108,
    });
    // The demo crosses the interruption with a shared e-mail: the first contact planned after it is a duplicate.
    expect(rows[2 * contactPageSize]).toMatchObject({ code: '100501', reason: 'duplicate-email', detail: '100491' });

    // Every row planned after the interruption is the row a plan in one go writes.
    await db.updateTable('push_jobs').set({ status: 'completed' }).where('id', '=', id).execute();
    const again = await startJob(testApp);
    await planJob({ ...deps, isClosing: () => false }, again.id);
    const columns = (row: (typeof rows)[number]) => [
      row.seq,
      row.code,
      row.outcome,
      row.reason,
      row.detail,
      row.batch,
      row.payload,
    ];
    expect((await rowsOf(again.id)).map(columns)).toEqual(rows.map(columns));
  });
});
