import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { deleteExpiredSessions } from '../auth/sessions';
import type { Config } from '../config';
import { databaseFile, type Db } from '../db/database';
import { startWalCheckpointer, type WalCheckpointer } from '../db/wal-checkpointer';
import { ImportSessions, importLimitsFromConfig, sweepIntervalMs } from '../import-export/import-sessions';
import { openReadConnection } from '../push-jobs/read-connection';
import { deleteOldDetails } from '../retention/delete-old-details';
import { PushJobRunner } from '../push-jobs/runner';
import { createSecretBox, type SecretBox } from '../secrets/secret-box';
import { loadSecretKey } from '../secrets/secret-key';
import { createSmailyClient } from '../smaily/client';
import { smailyClientOptionsFromConfig } from '../smaily/options-from-config';
import type { SmailyClient } from '../smaily/types';
import { createStandardBooksClient } from '../standard-books/client';
import { sbClientOptionsFromConfig } from '../standard-books/options-from-config';
import type { StandardBooksClient } from '../standard-books/types';
import { dailyFullReadTask } from '../standard-books-sync/daily-full-read';
import { StandardBooksReader } from '../standard-books-sync/read-service';
import { startPeriodic, type PeriodicTask } from './periodic';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    db: Db;
    /** The clock of what tests move instead of waiting (sign-in limits, timers). */
    now: () => number;
    /** The one Smaily client of the process: every call to Smaily goes through it and its rate limiter. */
    smaily: SmailyClient;
    /** Seals and opens the secrets the app stores (the Smaily password), with the key of this installation. */
    secrets: SecretBox;
    /** Runs the bulk-push jobs in the background. */
    pushRunner: PushJobRunner;
    /** CSV imports between their upload and their commit. */
    imports: ImportSessions;
    /** The one Standard Books client of the process: the connection check and every read go through it. */
    standardBooks: StandardBooksClient;
    /** Reads from Standard Books in the background, one at a time. */
    sbReader: StandardBooksReader;
  }
}

const dayMs = 24 * 60 * 60 * 1000;

export interface ServicesOptions {
  config: Config;
  db: Db;
  logger: Logger;
  now: () => number;
}

/**
 * Everything long-lived, in one place: what routes use (as decorators of the app — the one way routes get their
 * dependencies), and what runs in the background, started when the app is ready and stopped before it closes:
 * the WAL checkpointer (db/wal-checkpointer.ts), the push runner (continuing interrupted jobs), the reads from Standard Books, the periodic clean-ups (sessions,
 * imports, retention) and the daily full read from Standard Books.
 */
export function installServices(app: FastifyInstance, { config, db, logger, now }: ServicesOptions): void {
  const secrets = createSecretBox(loadSecretKey(config));
  const smaily = createSmailyClient(smailyClientOptionsFromConfig(config, logger));
  const pushRunner = new PushJobRunner({
    db,
    smaily,
    secrets,
    log: app.log,
    openSnapshot: () => openReadConnection(config.DATA_DIR),
    maxInFlight: config.SMAILY_MAX_IN_FLIGHT,
    diagnostics: config.BENCH_DIAGNOSTICS,
  });
  const standardBooks = createStandardBooksClient(sbClientOptionsFromConfig(config, logger));
  const sbReader = new StandardBooksReader({
    db,
    client: standardBooks,
    secrets,
    fields: {
      description: config.SB_FIELD_DESCRIPTION,
      classificationType: config.SB_FIELD_CLASSIFICATION_TYPE,
      objectType: config.SB_FIELD_OBJECT_TYPE,
    },
    log: app.log,
    now,
  });
  const importLimits = importLimitsFromConfig(config);
  const imports = new ImportSessions(importLimits, now);

  app.decorate('config', config);
  app.decorate('db', db);
  app.decorate('now', now);
  app.decorate('smaily', smaily);
  app.decorate('secrets', secrets);
  app.decorate('pushRunner', pushRunner);
  app.decorate('imports', imports);
  app.decorate('standardBooks', standardBooks);
  app.decorate('sbReader', sbReader);

  const periodicTasks: PeriodicTask[] = [
    {
      name: 'delete expired sessions',
      intervalMs: config.SESSION_PURGE_INTERVAL_MS,
      run: async () => {
        const count = await deleteExpiredSessions(db, new Date(now()));
        if (count > 0) app.log.info({ count }, 'expired sessions deleted');
      },
    },
    {
      name: 'drop abandoned imports',
      intervalMs: sweepIntervalMs(importLimits.idleMs),
      run: () => {
        const dropped = imports.sweep();
        if (dropped > 0) app.log.info({ dropped }, 'abandoned imports dropped');
      },
    },
    {
      // Without it every automatic run would grow the database without end.
      name: 'delete old job outcomes and log entries',
      intervalMs: config.RETENTION_INTERVAL_MS,
      run: async () => {
        const at = now();
        const cutoff = new Date(at - config.RETENTION_DAYS * dayMs);
        const deleted = await deleteOldDetails(db, { cutoff, now: new Date(at) });
        if (deleted.jobs + deleted.outcomes + deleted.logEntries > 0) {
          app.log.info(
            { ...deleted, olderThan: cutoff.toISOString() },
            'retention: old job outcomes and log entries deleted',
          );
        }
      },
    },
    dailyFullReadTask({ db, reader: sbReader, time: config.SB_FULL_READ_AT, now, log: app.log }),
    {
      // Kirjuta Smaily loobumised Standard Booksi: an unsubscribe a push or a consent read stored goes soon.
      name: 'write Smaily unsubscribes to Standard Books',
      intervalMs: config.SB_WRITE_BACK_INTERVAL_MS,
      run: () => sbReader.writeBackNew(),
    },
  ];

  let stops: (() => void)[] = [];
  let checkpointer: WalCheckpointer | undefined;
  app.addHook('onReady', async () => {
    checkpointer = await startWalCheckpointer(
      db,
      databaseFile(config.DATA_DIR),
      config.SQLITE_CHECKPOINT_INTERVAL_MS,
      app.log,
    );
    stops = periodicTasks.map((task) => startPeriodic(task, app.log));
    await pushRunner.resumeInterrupted();
  });
  app.addHook('preClose', async () => {
    for (const stop of stops) stop();
    await Promise.all([pushRunner.stop(), sbReader.stop()]);
  });
  app.addHook('onClose', async () => {
    await checkpointer?.stop();
    await db.destroy();
  });
}
