import type { Page } from '@playwright/test';
import { expect, test, type SandboxAccount } from './fixtures';

async function activate(page: Page, url: string, account: SandboxAccount) {
  const response = await page.request.post(`${url}/api/smaily/activation`, {
    data: { address: `${account.subdomain}.sendsmaily.net`, username: account.username, password: account.password },
  });
  expect(response.status(), await response.text()).toBe(200);
}

// Ärma OÜ (100001) is a VKE contact of the demo, sent without is_unsubscribed unless Smaily says otherwise.
const arma = { code: '100001', email: 'info@arma.test' };

test('someone who unsubscribed in Smaily is counted in the dry run, sent unsubscribed, and the card shows the trail', async ({
  adminPage: page,
  app,
  sandbox,
  smailyAccount,
}) => {
  await activate(page, app.url, smailyAccount);
  // 12 March 2026 at 14:05 in Tallinn, as the card says it (the browser is in Tallinn too).
  sandbox.unsubscribe(smailyAccount.subdomain, arma.email, new Date('2026-03-12T12:05:00Z'));

  await page.goto('/crm/smaily-push');
  const dialog = page.getByRole('dialog', { name: 'Kontaktide andmed Smaily keskkonda' });
  const customerClass = dialog.getByRole('combobox', { name: 'Kliendiklass' });
  await customerClass.press('Control+Enter');
  await page.getByRole('option', { name: 'VKE — Väikeettevõte' }).click();
  const counts = dialog.getByRole('status', { name: 'Edastatavad kontaktid' });
  await expect(counts).toContainText('Edastatakse: 53 (neist loobununa 5)');
  await expect(dialog).toContainText('Smaily loobujaid pole veel loetud: need loetakse edastuse alguses.');

  await dialog.getByRole('button', { name: 'Too Smailyst loobujad' }).click();
  await expect(dialog.getByText(/^Smailyst loeti 1 loobujat: uusi 1,/)).toBeVisible();
  await expect(counts).toContainText('Edastatakse: 53 (neist loobununa 6)');
  await expect(dialog).toContainText(/Smaily loobujad loeti viimati \d\d\.\d\d\.\d{4} \d\d:\d\d\./);

  await dialog.getByRole('button', { name: 'Käivita' }).click();
  await expect(dialog.getByRole('heading', { name: /^Töö nr \d+ · Lõpetatud$/ })).toBeVisible({ timeout: 20_000 });
  const sentRows = sandbox
    .requests(smailyAccount.subdomain)
    .filter((request) => request.method === 'POST' && request.endpoint === 'contact.php')
    .flatMap((request) => request.body as Record<string, unknown>[]);
  expect(sentRows.find((row) => row.email === arma.email)).toMatchObject({ is_unsubscribed: 1 });
  expect(sandbox.getContact(smailyAccount.subdomain, arma.email)?.isUnsubscribed).toBe(true);

  await page.keyboard.press('Escape');
  await page.goto(`/contacts/card/${arma.code}`);
  await expect(
    page.getByText(/^Smaily: loobus uudiskirjast 12\.03\.2026 14:05; teada alates \d\d\.\d\d\.\d{4}$/),
  ).toBeVisible();

  await page.goto('/crm/sync-log');
  await expect(
    page.getByRole('table', { name: 'Sünkroniseerimise logi' }).getByRole('row').filter({ hasText: 'Smaily loobujad' }),
  ).toHaveCount(2); // the read on demand, and the one at the start
});

test("the card shows Smaily's view of the contact, and Unusta Smailys forgets it there for good", async ({
  adminPage: page,
  app,
  sandbox,
  smailyAccount,
}) => {
  await activate(page, app.url, smailyAccount);
  await page.goto(`/contacts/card/${arma.code}`);
  const operations = page.getByRole('button', { name: 'Operatsioonid' });
  await operations.click();
  await page.getByRole('menuitem', { name: "Edasta Smaily'sse" }).click();
  await expect(page.getByRole('status').filter({ hasText: "Kontakt edastati Smaily'sse" })).toBeVisible();

  await page.getByRole('button', { name: 'Näita Smaily andmeid' }).click();
  const view = page.getByRole('region', { name: 'Smaily andmed' });
  await expect(view).toContainText(/info@arma\.test · Tellib uudiskirja alates \d\d\.\d\d\.\d{4} \d\d:\d\d/);
  await expect(view.getByRole('row').filter({ hasText: 'name' })).toContainText('Ärma OÜ');

  await operations.click();
  await page.getByRole('menuitem', { name: 'Unusta Smailys' }).click();
  const confirm = page.getByRole('dialog', { name: 'Unustada info@arma.test Smailys?' });
  await expect(confirm).toContainText('Seda ei saa tagasi võtta.');
  await confirm.getByRole('button', { name: 'Unusta jäädavalt' }).click();
  await expect(page.getByText('info@arma.test on Smailys unustatud.')).toBeVisible();
  expect(sandbox.getContact(smailyAccount.subdomain, arma.email)).toBeUndefined();
  await expect(
    page.getByText(/^Unustatud Smailys \d\d\.\d\d\.\d{4} \d\d:\d\d \(Administraator\): seda aadressi Smaily'sse enam/),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Loe Smaily andmed uuesti' }).click();
  await expect(view).toContainText('Smaily ei tunne seda e-posti aadressi (Smaily vastus: kood 206).');
  await operations.click();
  await page.getByRole('menuitem', { name: "Edasta Smaily'sse" }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Kontakti ei edastatud' })).toContainText(
    'see e-posti aadress on Smailys unustatud',
  );
  expect(sandbox.getContact(smailyAccount.subdomain, arma.email)).toBeUndefined();
});
