import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { webRoot } from './http/static-files';

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
  const close = () => {
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', close);
  process.once('SIGTERM', close);
  const address = await app.listen({ port: config.PORT, host: config.HOST });
  logger.info(`Standard Books ↔ Smaily sync is running on ${address}`);
}

await main();
