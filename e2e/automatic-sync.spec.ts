import { expect, test } from './fixtures';
import { vkeReportRows } from './smaily-push-expected';

const sentOfVke = vkeReportRows.filter((row) => row[3] === 'saadetud').length;

test('an administrator turns the automatic sync on and runs it now: a job by süsteem sends the selection; after a card edit the next run sends that one contact', async ({
  adminPage: page,
  app,
  sandbox,
  smailyAccount,
}) => {
  const activation = await page.request.post(`${app.url}/api/smaily/activation`, {
    data: {
      address: `${smailyAccount.subdomain}.sendsmaily.net`,
      username: smailyAccount.username,
      password: smailyAccount.password,
    },
  });
  expect(activation.status(), await activation.text()).toBe(200);

  await page.goto('/contacts');
  const menu = page.getByRole('navigation', { name: 'Põhimenüü' });
  await menu.getByRole('link', { name: 'Smaily automaatne edastus' }).click();
  await expect(page.getByRole('heading', { name: 'Smaily automaatne edastus', level: 1 })).toBeVisible();
  const runs = page.getByRole('table', { name: 'Automaatse edastuse käivitused' });
  const nextRun = runs.getByRole('row', { name: /^Järgmine käivitus/ });
  const lastRun = runs.getByRole('row', { name: /^Viimane käivitus/ });
  await expect(nextRun).toContainText('Automaatne edastus on väljas');

  // On, every hour, for the customer class VKE.
  const enabled = page.getByRole('switch', { name: /^Edasta kontaktid Smaily keskkonda automaatselt/ });
  await expect(enabled).not.toBeChecked();
  await enabled.check();
  await page.getByRole('radio', { name: 'Iga tunni järel' }).check();
  const customerClass = page.getByRole('combobox', { name: 'Kliendiklass' });
  await customerClass.click();
  await page.getByRole('option', { name: 'VKE — Väikeettevõte' }).click();
  await page.getByRole('button', { name: 'Salvesta' }).click();
  await expect(page.getByText('Automaatse edastuse seadistus salvestatud')).toBeVisible();
  // The next run is on the hour, Tallinn time.
  await expect(nextRun).toContainText(/\d{2}\.\d{2}\.\d{4} \d{2}:00 \(Tallinna aeg\)/);

  await page.getByRole('button', { name: 'Käivita kohe' }).click();
  await expect(lastRun).toContainText(
    new RegExp(`Töö nr \\d+ — lõpetatud: saadetud ${sentOfVke}, vahele jäetud 5, ebaõnnestus 0, saatmata 0`),
    { timeout: 20_000 },
  );
  await expect(nextRun).toContainText(/\(Tallinna aeg\)/);
  expect(sandbox.contacts(smailyAccount.subdomain)).toHaveLength(sentOfVke);

  // The run is an ordinary job in the jobs list, started by süsteem.
  const firstJob = lastRun.getByRole('link', { name: /^Ava töö nr \d+$/ });
  const firstJobId = /(\d+)$/.exec((await firstJob.getAttribute('aria-label')) ?? '')?.[1] ?? '';
  await firstJob.click();
  const dialog = page.getByRole('dialog', { name: 'Kontaktide andmed Smaily keskkonda' });
  await expect(dialog.getByRole('heading', { name: `Töö nr ${firstJobId} · Lõpetatud` })).toBeVisible();
  await page.keyboard.press('Escape');
  const jobs = page.getByRole('table', { name: 'Viimased edastused' });
  const jobRow = jobs.getByRole('row').filter({ has: page.getByRole('link', { name: `Ava töö nr ${firstJobId}` }) });
  await expect(jobRow).toContainText('süsteem');
  await expect(jobRow).toContainText('Kliendiklass VKE — Väikeettevõte');

  // A card edit makes that one contact due.
  await page.goto('/contacts/card/100001');
  await page.getByLabel('Nimi').fill('Ärma Grupp OÜ');
  await page.getByRole('button', { name: 'Salvesta' }).click();
  await expect(page.getByText('Kontakt 100001 on salvestatud')).toBeVisible();

  await menu.getByRole('link', { name: 'Smaily automaatne edastus' }).click();
  await page.getByRole('button', { name: 'Käivita kohe' }).click();
  await expect(lastRun).toContainText(/Töö nr \d+ — lõpetatud: saadetud 1, /, { timeout: 20_000 });
  await expect(lastRun.getByRole('link', { name: `Ava töö nr ${firstJobId}` })).toHaveCount(0);
  expect(sandbox.getContact(smailyAccount.subdomain, 'info@arma.test')?.fields.name).toBe('Ärma Grupp OÜ');
  const batches = sandbox
    .requests(smailyAccount.subdomain)
    .filter((request) => request.endpoint === 'contact.php' && request.method === 'POST');
  // The last write to Smaily carried that contact alone (a batch is an array; one contact may go as an object).
  expect([batches.at(-1)?.body].flat()).toEqual([
    expect.objectContaining({ email: 'info@arma.test', name: 'Ärma Grupp OÜ' }),
  ]);
});
