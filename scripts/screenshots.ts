import { chromium, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import playwrightConfig from '../playwright.config';
import { startSmailySandbox } from '../src/sandbox/sandbox';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { openDatabase } from '../src/server/db/database';
import { webRoot } from '../src/server/http/static-files';
import { createLogger } from '../src/server/logger';
import { seedDemoData } from '../src/server/seed/seed-database';
import type { PushJob } from '../src/shared/push-jobs';

/**
 * `npm run screenshots`: the README's pictures of the four main screens, taken from the demo data (the 300 demo
 * contacts that `npm run demo` reads from its Standard Books sandbox, seeded here directly; the Smaily sandbox), on
 * a data folder of its own that is deleted afterwards,
 * in Chromium at 1440×900 — so that they show the app as it is whenever they are taken again.
 */
const outDir = path.resolve(import.meta.dirname, '../docs/screenshots');
const admin = { email: 'demo@example.test', password: 'demo-salasona' };
const smaily = { subdomain: 'demo', username: 'demo-api', password: 'Smaily-Demo-2026' };
const mappingRows = [
  { smailyField: 'email', contactField: 'eMail', valueKind: 'value', typeCode: null },
  { smailyField: 'name', contactField: 'Name', valueKind: 'value', typeCode: null },
  { smailyField: 'kontaktisik', contactField: 'Person', valueKind: 'value', typeCode: null },
  { smailyField: 'kliendiklass', contactField: 'CustCat', valueKind: 'description', typeCode: null },
  { smailyField: 'piirkond', contactField: 'Classification', valueKind: 'description', typeCode: 'PIIRK' },
];

const dataDir = mkdtempSync(path.join(tmpdir(), 'sb-smaily-screenshots-'));
const sandbox = await startSmailySandbox({ port: 0, accounts: [smaily] });
const db = await openDatabase(dataDir);
await seedDemoData(db, 300);
await db.destroy();
const config = loadConfig({
  DATA_DIR: dataDir,
  PORT: '0',
  SMAILY_URL_TEMPLATE: sandbox.urlTemplate,
  SMAILY_BATCH_SIZE: '25',
  // At the end the sandbox closes under the held batch: no retries, so that the app closes at once.
  SMAILY_RETRY_ATTEMPTS: '1',
  ADMIN_EMAIL: admin.email,
  ADMIN_PASSWORD: admin.password,
});
const app = await buildApp({ config, logger: createLogger('fatal'), webRoot });
const url = await app.listen({ port: 0, host: '127.0.0.1' });
const browser = await chromium.launch(playwrightConfig.use?.launchOptions);

async function shoot(page: Page, name: string): Promise<void> {
  // Mantine's transitions and the cursor's blink end before the picture is taken.
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(outDir, name) });
  console.log(`docs/screenshots/${name}`);
}

async function ok(response: { status: () => number; text: () => Promise<string> }, what: string): Promise<void> {
  if (response.status() >= 300) throw new Error(`${what}: ${response.status()} ${await response.text()}`);
}

try {
  mkdirSync(outDir, { recursive: true });
  const context = await browser.newContext({
    baseURL: url,
    viewport: { width: 1440, height: 900 },
    locale: 'et-EE',
    timezoneId: 'Europe/Tallinn',
    extraHTTPHeaders: { origin: url },
  });
  const page = await context.newPage();
  await ok(await page.request.post('/api/auth/login', { data: admin }), 'sign-in');

  // E-teenuste seadistused, with the activation dialog filled in.
  await page.goto('/settings/e-services');
  await page
    .getByRole('row', { name: /^Smaily/ })
    .getByRole('button', { name: 'Aktiveeri' })
    .click();
  const activation = page.getByRole('dialog', { name: 'Smaily liidestuse aktiveerimine' });
  await activation.getByLabel('Aadress (Host)').fill(`${smaily.subdomain}.sendsmaily.net`);
  await activation.getByLabel('Kasutajatunnus').fill(smaily.username);
  await activation.getByLabel('Salasõna').fill(smaily.password);
  await shoot(page, 'activation.png');
  await activation.getByRole('button', { name: 'Aktiveeri' }).click();
  await activation.waitFor({ state: 'hidden' });

  // Smaily päringu väljad, with the preview of one contact.
  await ok(await page.request.put('/api/smaily-fields', { data: { rows: mappingRows } }), 'mapping');
  await page.goto('/crm/smaily-fields');
  await page.getByRole('combobox', { name: 'Vali kontakt' }).fill('ärma');
  await page.getByRole('option', { name: '100001 Ärma OÜ' }).click();
  await page.getByRole('region', { name: "Smaily'sse saadetav JSON" }).getByText('"piirkond"').waitFor();
  await shoot(page, 'smaily-fields.png');

  // Kontakti kaart after Edasta Smaily'sse, with the operations menu open again.
  await page.goto('/contacts/card/100001');
  await page.getByRole('button', { name: 'Operatsioonid' }).click();
  await page.getByRole('menuitem', { name: "Edasta Smaily'sse" }).click();
  await page.getByRole('status').filter({ hasText: "Kontakt edastati Smaily'sse" }).waitFor();
  await page.getByRole('button', { name: 'Operatsioonid' }).click();
  await page.getByRole('menuitem', { name: "Edasta Smaily'sse" }).hover(); // rather than the gear's tooltip
  await shoot(page, 'contact-card.png');

  // The bulk push of every contact, caught in progress: Smaily answers the start's read of its unsubscribed list
  // and four batches, and holds the fifth.
  const answer = { kind: 'slow', delayMs: 0 } as const;
  sandbox.failNext(smaily.subdomain, [answer, answer, answer, answer, answer, { kind: 'hold' }]);
  await page.goto('/crm/smaily-push'); // the screen opens with its dialog
  const push = page.getByRole('dialog', { name: 'Kontaktide andmed Smaily keskkonda' });
  await push.getByRole('checkbox', { name: 'Kinnitan, et Smaily keskkonda edastatakse kõik kontaktid' }).check();
  await push.getByRole('button', { name: 'Käivita' }).click();
  for (let tries = 0; ; tries += 1) {
    const latest = (await (await page.request.get('/api/push-jobs/latest')).json()) as { job: PushJob | null };
    if (latest.job?.batches.acknowledged === 4) break;
    if (tries > 200) throw new Error(`the job did not get to its fifth batch: ${JSON.stringify(latest.job)}`);
    await page.waitForTimeout(50);
  }
  await push.getByRole('progressbar', { name: 'Edastuse edenemine' }).waitFor();
  await page.waitForTimeout(1500); // the dialog polls the job: let it show the four batches
  await shoot(page, 'bulk-push.png');
} finally {
  await browser.close();
  await sandbox.close(); // lets go of the held batch
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
}
