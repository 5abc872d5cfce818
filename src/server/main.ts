import closeWithGrace from 'close-with-grace';
import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { webRoot } from './http/static-files';
import { createLogger } from './logger';

/** How long a close may take (a batch in flight, the database) before the process ends anyway. */
const closeDeadlineMs = 10_000;

/** `npm start`: reads the settings, opens the database in DATA_DIR and serves the app and /api. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.LOG_LEVEL);
  const app = await buildApp({ config, logger, webRoot });
  // On a signal or a crash: stop taking requests and batches, close the database, exit — within the deadline,
  // so that a hanging close never keeps the process (and its port) alive.
  closeWithGrace({ delay: closeDeadlineMs, logger }, async ({ err, signal }) => {
    if (err) logger.error({ err }, 'closing after an unexpected error');
    else logger.info({ signal }, 'closing');
    await app.close();
  });
  const address = await app.listen({ port: config.PORT, host: config.HOST });
  logger.info(`Standard Books ↔ Smaily sync is running on ${address}`);
}

await main();
