import { startSmailySandbox } from '../../sandbox/sandbox';
import { DEFAULT_USER } from '../../standard-books-sandbox/cli-options';
import { startStandardBooksSandbox } from '../../standard-books-sandbox/sandbox';
import { buildApp } from '../app';
import { ConfigError, loadConfig } from '../config';
import { webRoot } from '../http/static-files';
import { createLogger } from '../logger';

/**
 * `npm run demo`: the whole app offline. A Standard Books sandbox whose company 1 holds the demo contacts and their
 * code lists, a Smaily sandbox with a demo account, the app on its own DATA_DIR (never ./data) with an
 * administrator — then prints what to type where. The contacts come in the way a company's do: by connecting
 * Standard Books and reading (Loe Standard Booksist), not by seeding the app's database.
 */
const demo = {
  dataDir: process.env.DEMO_DATA_DIR ?? './data-demo',
  sandboxPort: Number(process.env.DEMO_SANDBOX_PORT ?? 4010),
  standardBooksPort: Number(process.env.DEMO_SB_PORT ?? 4020),
  admin: { email: 'demo@example.test', password: 'demo-salasona' },
  smaily: { subdomain: 'demo', username: 'demo-api', password: 'Smaily-Demo-2026' },
  standardBooks: { companyNo: '1', contacts: 300, ...DEFAULT_USER },
};

const sandbox = await startSmailySandbox({ port: demo.sandboxPort, accounts: [demo.smaily] });
const standardBooks = await startStandardBooksSandbox({
  port: demo.standardBooksPort,
  companies: [{ companyNo: demo.standardBooks.companyNo, contacts: demo.standardBooks.contacts }],
  users: [{ username: demo.standardBooks.username, password: demo.standardBooks.password }],
});
let config;
try {
  config = loadConfig({
    ...process.env,
    DATA_DIR: demo.dataDir,
    SMAILY_URL_TEMPLATE: sandbox.urlTemplate,
    // The Standard Books sandbox listens on loopback, which only this setting lets the client connect to.
    SB_ALLOW_PRIVATE_ADDRESSES: 'true',
    ADMIN_EMAIL: demo.admin.email,
    ADMIN_PASSWORD: demo.admin.password,
  });
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}

const app = await buildApp({ config, logger: createLogger('warn'), webRoot });
const address = await app.listen({ port: config.PORT, host: config.HOST });
const stop = () => void Promise.all([app.close(), sandbox.close(), standardBooks.close()]).then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

console.log(`
Standard Books ↔ Smaily demo is running: ${address}
  Data folder: ${demo.dataDir} (delete the folder to start over)

  Sign in:        ${demo.admin.email} / ${demo.admin.password}

  1. Connect Standard Books in Üldine › Seadistused › Standard Books ühendus › Ühenda:
       Aadress:         ${standardBooks.url}
       Firma nr:        ${demo.standardBooks.companyNo}
       Kasutajatunnus:  ${demo.standardBooks.username}
       Salasõna:        ${demo.standardBooks.password}
     then press "Loe Standard Booksist": ${demo.standardBooks.contacts} demo contacts and their code lists come in
     (e-mails under the reserved .test domain).

  2. Connect Smaily in Üldine › Seadistused › E-teenuste seadistused › Aktiveeri:
       Aadress (Host):  ${demo.smaily.subdomain}.sendsmaily.net
       Kasutajatunnus:  ${demo.smaily.username}
       Salasõna:        ${demo.smaily.password}

  The Smaily sandbox answers on ${sandbox.urlTemplate.replace('/{subdomain}', '')}, the Standard Books sandbox on
  ${standardBooks.url}; Ctrl+C stops all three.
`);
