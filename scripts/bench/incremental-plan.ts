import { monitorEventLoopDelay } from 'node:perf_hooks';
import { sql } from 'kysely';
import { countDue } from '../../src/server/automatic-sync/due-count';
import { openDatabase } from '../../src/server/db/database';
import { createJob } from '../../src/server/push-jobs/create-job';
import { planJob } from '../../src/server/push-jobs/plan-job';
import { openReadConnection } from '../../src/server/push-jobs/read-connection';
import { seedDemoData } from '../../src/server/seed/seed-database';
import { createTestDataDir } from '../../src/server/testing/data-dir';

export interface IncrementalPlanResult {
  countMs: number;
  planMs: number;
  /** CPU time of this process while planning: what the plan costs, whatever else runs on the machine. */
  planCpuMs: number;
  recorded: number;
  /** The longest event-loop stall while counting and planning (10 ms resolution). */
  stallMaxMs: number;
}

const subdomain = 'bench';

/**
 * An automatic run's planning over `contacts` demo contacts of which `changed` changed since Smaily acknowledged
 * them all: the count that decides whether a job starts, then the narrowed plan (the rules over every contact in
 * code order, rows and payloads for the due ones only), in process, on a database of its own.
 */
export async function benchIncrementalPlan(contacts: number, changed: number): Promise<IncrementalPlanResult> {
  const data = createTestDataDir();
  const db = await openDatabase(data.dir);
  try {
    await seedDemoData(db, contacts);
    // Every contact acknowledged as it is now, then `changed` of them edited (spread over the register).
    await sql`INSERT INTO contact_acks (subdomain, code, acked_seq, skipped)
              SELECT ${subdomain}, code, change_seq, 0 FROM contacts`.execute(db);
    const step = Math.max(1, Math.floor(contacts / changed));
    await sql`UPDATE contacts SET name = name || ' (muudetud)' WHERE (id % ${step}) = 0 AND id <= ${step * changed}`.execute(
      db,
    );

    const histogram = monitorEventLoopDelay({ resolution: 10 });
    histogram.enable();
    const countStarted = performance.now();
    const due = await countDue(db, {}, subdomain);
    const countMs = performance.now() - countStarted;
    const job = await createJob(db, {
      subdomain,
      filters: {},
      resendOf: null,
      user: null,
      batchSize: 1000,
      incremental: true,
      total: () => Promise.resolve(due),
    });
    const planStarted = performance.now();
    const cpuStarted = process.cpuUsage();
    await planJob(
      { db, openSnapshot: () => openReadConnection(data.dir), isClosing: () => false, onProgress: () => undefined },
      job.id,
    );
    const planMs = performance.now() - planStarted;
    const cpu = process.cpuUsage(cpuStarted);
    histogram.disable();
    const { recorded } = await db
      .selectFrom('push_job_contacts')
      .select((eb) => eb.fn.countAll<number>().as('recorded'))
      .where('job_id', '=', job.id)
      .executeTakeFirstOrThrow();
    return {
      countMs,
      planMs,
      planCpuMs: (cpu.user + cpu.system) / 1000,
      recorded: Number(recorded),
      stallMaxMs: Math.max(0, Math.round(histogram.max / 1e6 - 10)),
    };
  } finally {
    await db.destroy();
    data.remove();
  }
}
