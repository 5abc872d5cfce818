import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { parseCsv } from '../src/shared/csv';
import { expect, test, type SandboxAccount } from './fixtures';
import { vkeCounts, vkeReportRows } from './smaily-push-expected';

// Three batches for the customer class below, so that a run is a few requests to the sandbox.
test.use({ serverEnv: { SMAILY_BATCH_SIZE: '25' } });

const sent = vkeReportRows.filter((row) => row[3] === 'saadetud');
const skipped = vkeReportRows.length - sent.length;

async function activate(page: Page, url: string, account: SandboxAccount) {
  const response = await page.request.post(`${url}/api/smaily/activation`, {
    data: { address: `${account.subdomain}.sendsmaily.net`, username: account.username, password: account.password },
  });
  expect(response.status(), await response.text()).toBe(200);
}

test('a Kliendiklass is pushed from the dialog: fixture counts, live progress, summary, a report row per contact, the sandbox holds exactly the sent e-mails', async ({
  adminPage: page,
  app,
  sandbox,
  smailyAccount,
}) => {
  expect(sent.length).toBeGreaterThan(50); // more than two batches of 25
  await activate(page, app.url, smailyAccount);
  // The start's read of Smaily's unsubscribers answers at once; the first batch late, so that the dialog is seen
  // while the job runs.
  sandbox.failNext(smailyAccount.subdomain, [
    { kind: 'slow', delayMs: 0 },
    { kind: 'slow', delayMs: 1500 },
  ]);

  await page.goto('/contacts');
  const menu = page.getByRole('navigation', { name: 'Põhimenüü' });
  await menu.getByRole('link', { name: 'Kontaktide andmed Smaily keskkonda' }).click();
  const dialog = page.getByRole('dialog', { name: 'Kontaktide andmed Smaily keskkonda' });
  await expect(dialog.getByRole('status')).toContainText('Valitud kontakte: 300');
  await expect(
    dialog.getByRole('checkbox', { name: 'Kinnitan, et Smaily keskkonda edastatakse kõik kontaktid' }),
  ).toBeVisible();

  // By keyboard, as in Standard Books: the focus starts on Kliendiklass, Ctrl+Enter opens its list.
  const customerClassField = dialog.getByRole('combobox', { name: 'Kliendiklass' });
  await expect(customerClassField).toBeFocused();
  await customerClassField.press('Control+Enter');
  await page.getByRole('option', { name: 'VKE — Väikeettevõte' }).click();
  await expect(customerClassField).toHaveValue('VKE — Väikeettevõte');
  await expect(dialog.getByRole('status', { name: 'Edastatavad kontaktid' }).getByRole('listitem')).toHaveText(
    vkeCounts,
  );
  await expect(dialog.getByRole('checkbox', { name: /kõik kontaktid/ })).toHaveCount(0);
  await customerClassField.press('Enter');

  const progress = dialog.getByRole('progressbar', { name: 'Edastuse edenemine' });
  await expect(dialog.getByRole('heading', { name: /^Töö nr \d+ · Käib$/ })).toBeVisible();
  await expect(progress).toHaveAttribute('aria-valuenow', /^\d+$/);
  await expect(dialog.getByRole('heading', { name: /^Töö nr \d+ · Lõpetatud$/ })).toBeVisible({ timeout: 20_000 });
  const total = vkeReportRows.length;
  await expect(progress).toHaveAttribute('aria-valuetext', `Töödeldud ${total} / ${total} (100 %)`);
  await expect(dialog.getByText('Edastus on lõppenud', { exact: true })).toBeVisible();
  await expect(dialog).toContainText(`Saadetud ${sent.length}`);
  await expect(dialog).toContainText(`Vahele jäetud ${skipped}`);
  await expect(dialog).toContainText('Ebaõnnestus 0');
  await expect(dialog).toContainText('Administraator');
  await expect(dialog.getByRole('button', { name: /Saada uuesti ebaõnnestunud/ })).toHaveCount(0);
  const jobId = /\?job=(\d+)$/.exec(page.url())?.[1];
  expect(jobId).toBeDefined();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('link', { name: 'Laadi alla aruanne (CSV)' }).click(),
  ]);
  const text = await readFile((await download.path()) ?? '', 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const report = parseCsv(text);
  expect(report.separator).toBe(';');
  expect(report.header).toEqual(['Kood', 'Nimi', 'E-post', 'Tulemus', 'Põhjus', 'Smaily kood', 'Smaily teade']);
  expect(report.records.map((record) => record.cells)).toEqual(vkeReportRows);

  // As written on the cards: Smaily keeps an address as it was last sent.
  const inSandbox = sandbox.contacts(smailyAccount.subdomain).map((contact) => contact.email);
  expect(inSandbox.sort()).toEqual(sent.map((row) => row[2]).sort());

  // A reload shows the same job; so does its entry in Sünkroniseerimise logi.
  await page.reload();
  await expect(dialog.getByRole('heading', { name: `Töö nr ${jobId} · Lõpetatud` })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('table', { name: 'Viimased edastused' }).getByRole('row')).toHaveCount(2);
  await menu.getByRole('link', { name: 'Sünkroniseerimise logi' }).click();
  await page
    .getByRole('table', { name: 'Sünkroniseerimise logi' })
    .getByRole('link', { name: `Hulgiedastus nr ${jobId}` })
    .first()
    .click();
  await expect(dialog.getByRole('heading', { name: `Töö nr ${jobId} · Lõpetatud` })).toBeVisible();
  await expect(dialog.getByRole('link', { name: 'Laadi alla aruanne (CSV)' })).toHaveAttribute(
    'href',
    `/api/push-jobs/${jobId}/report.csv?lang=et`,
  );
});
