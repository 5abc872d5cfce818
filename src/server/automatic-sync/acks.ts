import type { Db } from '../db/database';

/**
 * contact_acks: what Smaily acknowledged of each contact, per account, as the change_seq its push planned. A
 * contact changed after its push was planned has a higher change_seq and stays due, so an edit made while a run
 * is planned is never lost.
 */

/** Contacts a push decided to skip: acknowledged as skipped, at the change it saw. */
export async function ackSkipped(
  db: Db,
  subdomain: string,
  rows: readonly { code: string; changeSeq: number | null }[],
): Promise<void> {
  const known = rows.flatMap((row) => (row.changeSeq === null ? [] : [{ code: row.code, seq: row.changeSeq }]));
  for (let start = 0; start < known.length; start += 1000) {
    await db
      .insertInto('contact_acks')
      .values(
        known.slice(start, start + 1000).map((row) => ({ subdomain, code: row.code, acked_seq: row.seq, skipped: 1 })),
      )
      .onConflict((conflict) =>
        conflict
          .columns(['subdomain', 'code'])
          .doUpdateSet({ acked_seq: (eb) => eb.ref('excluded.acked_seq'), skipped: 1 }),
      )
      .execute();
  }
}

/** The contacts of a job's batch that Smaily took: acknowledged at the change_seq the job planned. */
export async function ackSentBatch(db: Db, jobId: number, batch: number): Promise<void> {
  await db
    .insertInto('contact_acks')
    .columns(['subdomain', 'code', 'acked_seq', 'skipped'])
    .expression((eb) =>
      eb
        .selectFrom('push_job_contacts')
        .innerJoin('push_jobs', 'push_jobs.id', 'push_job_contacts.job_id')
        .select((inner) => [
          'push_jobs.subdomain',
          'push_job_contacts.code',
          inner.fn.coalesce('push_job_contacts.change_seq', inner.lit(0)).as('acked_seq'),
          inner.lit(0).as('skipped'),
        ])
        .where('push_job_contacts.job_id', '=', jobId)
        .where('push_job_contacts.batch', '=', batch)
        .where('push_job_contacts.outcome', '=', 'sent')
        .where('push_job_contacts.change_seq', 'is not', null),
    )
    .onConflict((conflict) =>
      conflict
        .columns(['subdomain', 'code'])
        .doUpdateSet({ acked_seq: (eb) => eb.ref('excluded.acked_seq'), skipped: 0 }),
    )
    .execute();
}

/** One contact pushed from its card and taken by Smaily: acknowledged at the change it had when read. */
export async function ackContact(db: Db, subdomain: string, code: string, changeSeq: number): Promise<void> {
  await db
    .insertInto('contact_acks')
    .values({ subdomain, code, acked_seq: changeSeq, skipped: 0 })
    .onConflict((conflict) => conflict.columns(['subdomain', 'code']).doUpdateSet({ acked_seq: changeSeq, skipped: 0 }))
    .execute();
}

/** Smaily no longer holds what was acknowledged for this contact (another contact's values replaced it). */
export async function forgetAck(db: Db, subdomain: string, code: string): Promise<void> {
  await db.deleteFrom('contact_acks').where('subdomain', '=', subdomain).where('code', '=', code).execute();
}
