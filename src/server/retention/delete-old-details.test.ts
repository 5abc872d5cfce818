import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../db/database';
import { createTestDataDir } from '../testing/data-dir';
import { deleteOldDetails } from './delete-old-details';

// The function alone, on rows as the push runner leaves them: the cases a job run end to end cannot easily reach.
let db: Db;
let remove: () => void;
beforeEach(async () => {
  const data = createTestDataDir();
  remove = data.remove;
  db = await openDatabase(data.dir);
});
afterEach(async () => {
  await db.destroy();
  remove();
});

const now = new Date('2027-12-01T12:00:00Z');
const cutoff = new Date('2026-12-01T12:00:00Z');
const longAgo = '2026-06-01T10:00:00.000Z';

async function job(
  values: {
    status: string;
    finished_at: string | null;
    subdomain?: string;
    resend_of?: number;
    planned?: number;
    details_deleted_at?: string;
  },
  contacts: number,
): Promise<number> {
  const { id } = await db
    .insertInto('push_jobs')
    .values({
      subdomain: 'firma',
      mapping: '[]',
      lookups: '{}',
      batch_size: 10,
      started_at: longAgo,
      total: contacts,
      planned: 1,
      ...values,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (contacts > 0) {
    await db
      .insertInto('push_job_contacts')
      .values(
        Array.from({ length: contacts }, (_, seq) => ({
          job_id: id,
          seq,
          code: String(100000 + seq),
          name: 'Nimi',
          email: '',
          outcome: 'sent',
        })),
      )
      .execute();
  }
  return id;
}

const rowsOf = async (id: number) =>
  (await db.selectFrom('push_job_contacts').select('seq').where('job_id', '=', id).execute()).length;

describe('deleteOldDetails', () => {
  it('deletes in chunks every outcome of a job that ended before the cutoff, and marks it once', async () => {
    const id = await job({ status: 'completed', finished_at: longAgo }, 23);
    expect(await deleteOldDetails(db, { cutoff, now, chunkSize: 5 })).toEqual({ jobs: 1, outcomes: 23, logEntries: 0 });
    expect(await rowsOf(id)).toBe(0);
    const row = await db.selectFrom('push_jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ total: 23, details_deleted_at: now.toISOString() });
    expect(await deleteOldDetails(db, { cutoff, now, chunkSize: 5 })).toEqual({ jobs: 0, outcomes: 0, logEntries: 0 });
  });

  it('finishes the rows of a job that an interrupted run had already marked', async () => {
    const id = await job({ status: 'cancelled', finished_at: longAgo, details_deleted_at: longAgo }, 12);
    expect(await deleteOldDetails(db, { cutoff, now, chunkSize: 5 })).toEqual({ jobs: 0, outcomes: 12, logEntries: 0 });
    expect(await rowsOf(id)).toBe(0);
  });

  it('leaves a running job, a job that ended after the cutoff, and one whose re-send is still reading it', async () => {
    const running = await job({ status: 'running', finished_at: null, subdomain: 'teine' }, 3);
    const recent = await job({ status: 'completed', finished_at: '2027-01-01T00:00:00.000Z' }, 3);
    const source = await job({ status: 'stopped', finished_at: longAgo }, 3);
    await job({ status: 'running', finished_at: null, resend_of: source, planned: 0 }, 0);
    expect(await deleteOldDetails(db, { cutoff, now })).toEqual({ jobs: 0, outcomes: 0, logEntries: 0 });
    expect([await rowsOf(running), await rowsOf(recent), await rowsOf(source)]).toEqual([3, 3, 3]);
  });
});
