import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { deleteExpiredSessions } from '../auth/sessions';
import type { Config } from '../config';
import type { Db } from '../db/database';
import { ImportSessions, importLimitsFromConfig, sweepIntervalMs } from '../import-export/import-sessions';
import { openReadConnection } from '../push-jobs/read-connection';
import { PushJobRunner } from '../push-jobs/runner';
import { createSecretBox, type SecretBox } from '../secrets/secret-box';
import { loadSecretKey } from '../secrets/secret-key';
import { createSmailyClient } from '../smaily/client';
import { smailyClientOptionsFromConfig } from '../smaily/options-from-config';
import type { SmailyClient } from '../smaily/types';
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
  }
}

export interface ServicesOptions {
  config: Config;
  db: Db;
  logger: Logger;
  now: () => number;
}

/**
 * Everything long-lived, in one place: what routes use (as decorators of the app — the one way routes get their
 * dependencies), and what runs in the background, started when the app is ready and stopped before it closes:
 * the push runner (continuing interrupted jobs) and the periodic clean-ups.
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
  const importLimits = importLimitsFromConfig(config);
  const imports = new ImportSessions(importLimits, now);

  app.decorate('config', config);
  app.decorate('db', db);
  app.decorate('now', now);
  app.decorate('smaily', smaily);
  app.decorate('secrets', secrets);
  app.decorate('pushRunner', pushRunner);
  app.decorate('imports', imports);

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
  ];

  let stops: (() => void)[] = [];
  app.addHook('onReady', async () => {
    stops = periodicTasks.map((task) => startPeriodic(task, app.log));
    await pushRunner.resumeInterrupted();
  });
  app.addHook('preClose', async () => {
    for (const stop of stops) stop();
    await pushRunner.stop();
  });
  app.addHook('onClose', () => db.destroy());
}
