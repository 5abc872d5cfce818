import { afterEach, describe, expect, it } from 'vitest';
import { replaceMappingRows } from '../smaily-fields/mapping-store';
import { createTestApp, type TestApp } from '../testing/test-app';
import { countByFilters, contactPageSize } from './contact-pages';
import { createJob } from './create-job';
import { expectedFromFixture, testMappingRows } from '../testing/push-fixture';
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

    // The app closes after the first page is written (as a crash between two page transactions would leave it).
    let pages = 0;
    await planJob({ ...deps, isClosing: () => pages > 0, onProgress: () => (pages += 1) }, id);
    const halfway = await readJobRow(db, id);
    expect([halfway?.planned, halfway?.planned_count, halfway?.total]).toEqual([0, contactPageSize, contacts]);

    await planJob({ ...deps, isClosing: () => false }, id);

    const expected = expectedFromFixture(contacts, 10);
    const rows = await db.selectFrom('push_job_contacts').selectAll().where('job_id', '=', id).orderBy('seq').execute();
    expect(
      rows.map((row) => ({
        code: row.code,
        outcome: row.outcome === 'pending' ? 'sent' : row.outcome,
        reason: row.reason,
      })),
    ).toEqual(expected.outcomes);
    expect(rows.map((row) => row.seq)).toEqual(rows.map((_, index) => index));
    const toSend = rows.filter((row) => row.batch !== null);
    expect(toSend.map((row) => JSON.parse(row.payload ?? '') as unknown)).toEqual(expected.sent);
    expect(toSend.map((row) => row.batch)).toEqual(expected.sent.map((_, index) => Math.floor(index / 10)));
    const job = await readJobRow(db, id);
    expect(job).toMatchObject({
      planned: 1,
      total: contacts,
      planned_send: expected.sent.length,
      skipped: expected.skipped,
      skipped_duplicate_email: expected.skippedByReason['duplicate-email'],
      batches_total: expected.batches.length,
    });
    // The fixture does cross the page boundary with a shared e-mail.
    expect(rows[contactPageSize]?.reason).toBe('duplicate-email');
  });
});
