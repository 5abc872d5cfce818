import { existsSync } from 'node:fs';
import { startSmailySandbox } from '../../sandbox/sandbox';
import { buildApp } from '../app';
import { ConfigError, loadConfig } from '../config';
import { databaseFile, openDatabase } from '../db/database';
import { webRoot } from '../http/static-files';
import { createLogger } from '../logger';
import { seedDemoData } from '../seed/seed-database';

/**
 * `npm run demo`: the whole app offline. A Smaily sandbox with a demo account, the app on its own DATA_DIR
 * filled with demo data (never ./data), and an administrator — then prints what to type where.
 */
const demo = {
  dataDir: process.env.DEMO_DATA_DIR ?? './data-demo',
  sandboxPort: Number(process.env.DEMO_SANDBOX_PORT ?? 4010),
  admin: { email: 'demo@example.test', password: 'demo-salasona' },
  smaily: { subdomain: 'demo', username: 'demo-api', password: 'Smaily-Demo-2026' },
};

const sandbox = await startSmailySandbox({ port: demo.sandboxPort, accounts: [demo.smaily] });
let config;
try {
  config = loadConfig({
    ...process.env,
    DATA_DIR: demo.dataDir,
    SMAILY_URL_TEMPLATE: sandbox.urlTemplate,
    ADMIN_EMAIL: demo.admin.email,
    ADMIN_PASSWORD: demo.admin.password,
  });
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}

if (!existsSync(databaseFile(demo.dataDir))) {
  const db = await openDatabase(demo.dataDir);
  await seedDemoData(db, 300);
  await db.destroy();
}

const app = await buildApp({ config, logger: createLogger('warn'), webRoot });
const address = await app.listen({ port: config.PORT, host: config.HOST });
const stop = () => void Promise.all([app.close(), sandbox.close()]).then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

console.log(`
Standard Books ↔ Smaily demo is running: ${address}
  Data folder: ${demo.dataDir} (300 demo contacts; delete the folder to start over)

  Sign in:        ${demo.admin.email} / ${demo.admin.password}

  Connect Smaily in Üldine › Seadistused › E-teenuste seadistused › Aktiveeri:
    Aadress (Host):  ${demo.smaily.subdomain}.sendsmaily.net
    Kasutajatunnus:  ${demo.smaily.username}
    Salasõna:        ${demo.smaily.password}

  The Smaily sandbox answers on ${sandbox.urlTemplate.replace('/{subdomain}', '')}; Ctrl+C stops both.
`);
