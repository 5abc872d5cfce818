import { expect, test } from './fixtures';

test.use({ demoContacts: 0 });

const success = /^Registreerimine õnnestus \d\d\.\d\d\.\d{4} \d\d:\d\d$/;

test('activation: a wrong password keeps the dialog open with its message; the right one closes it and Süsteemi teade says so, after a reload too', async ({
  adminPage: page,
  smailyAccount,
  sandbox,
}) => {
  await page.goto('/settings/e-services');
  const row = page.getByRole('row', { name: /^Smaily/ });
  await expect(row).toContainText('Pole aktiveeritud');
  await row.getByRole('button', { name: 'Aktiveeri' }).click();

  const dialog = page.getByRole('dialog', { name: 'Smaily liidestuse aktiveerimine' });
  await expect(dialog.getByRole('link', { name: /Creating API user/ })).toHaveAttribute(
    'href',
    'https://smaily.com/help/api/general/create-api-user/',
  );
  const address = dialog.getByLabel('Aadress (Host)');
  await address.fill('firma.example.com');
  await expect(dialog.getByText('See pole Smaily aadress: see peab lõppema .sendsmaily.net')).toBeVisible();
  await address.fill(`${smailyAccount.subdomain}.sendsmaily.net`);
  await dialog.getByLabel('Kasutajatunnus').fill(smailyAccount.username);
  await dialog.getByLabel('Salasõna').fill('vale-salasona');
  await dialog.getByRole('button', { name: 'Aktiveeri' }).click();

  await expect(dialog.getByRole('alert')).toContainText('Smaily ei tunne seda kasutajatunnust ja salasõna.');
  await expect(dialog).toBeVisible();
  await expect(page.getByLabel('Süsteemi teade')).toHaveValue(/^Aktiveerimine ebaõnnestus/);

  await dialog.getByLabel('Salasõna').fill(smailyAccount.password);
  await dialog.getByLabel('Salasõna').press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Süsteemi teade')).toHaveValue(success);
  await expect(row).toContainText('Aktiivne');
  await expect(row).toContainText(`${smailyAccount.subdomain}.sendsmaily.net`);
  // Two credential checks reached Smaily: the refused one and the accepted one.
  expect(sandbox.requests(smailyAccount.subdomain).map((request) => request.status)).toEqual([401, 200]);

  await page.reload();
  await expect(page.getByLabel('Süsteemi teade')).toHaveValue(success);
  await expect(page.getByRole('row', { name: /^Smaily/ })).toContainText('Aktiivne');
});

test('Deaktiveeri asks first, then removes the account', async ({ adminPage: page, smailyAccount, app }) => {
  const activated = await page.request.post(`${app.url}/api/smaily/activation`, {
    data: { address: smailyAccount.subdomain, username: smailyAccount.username, password: smailyAccount.password },
  });
  expect(activated.status()).toBe(200);
  await page.goto('/settings/e-services');
  const row = page.getByRole('row', { name: /^Smaily/ });
  await row.getByRole('button', { name: 'Deaktiveeri' }).click();
  const confirm = page.getByRole('dialog', { name: 'Deaktiveeri Smaily' });
  await confirm.getByRole('button', { name: 'Loobu' }).click();
  await expect(row).toContainText('Aktiivne');

  await row.getByRole('button', { name: 'Deaktiveeri' }).click();
  await confirm.getByRole('button', { name: 'Deaktiveeri' }).click();
  await expect(row).toContainText('Pole aktiveeritud');
  await expect(page.getByLabel('Süsteemi teade')).toHaveValue(/^Liidestus deaktiveeriti /);
});

test('on a phone, Süsteemi teade shows all of a long failure in English, and the Smaily row all its parts', async ({
  adminPage: page,
  smailyAccount,
}) => {
  const activate = (password: string) =>
    page.request.post('/api/smaily/activation', {
      data: { address: smailyAccount.subdomain, username: smailyAccount.username, password },
    });
  expect((await activate(smailyAccount.password)).status()).toBe(200);
  expect((await activate('vale-salasona')).status()).toBe(422);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/settings/e-services');
  await page.getByText('English').click();
  const message = page.getByLabel('System message');
  await expect(message).toHaveValue(/^Registration succeeded .*\nActivation failed .*\.$/);
  // As tall as its wrapped text: nothing is left below its edge.
  expect(await message.evaluate((box) => box.scrollHeight - box.clientHeight)).toBeLessThanOrEqual(1);

  // On a phone each cell says its column first ("Service Smaily").
  const row = page.getByRole('row', { name: /Smaily/ });
  await expect(row.getByText('Active', { exact: true })).toBeInViewport({ ratio: 1 });
  await expect(row.getByRole('button', { name: 'Deactivate' })).toBeInViewport({ ratio: 1 });
  await row.getByRole('button', { name: 'Activate', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /Smaily/ });
  await expect(dialog.getByRole('button', { name: 'Activate', exact: true })).toBeInViewport({ ratio: 1 });
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeInViewport({ ratio: 1 });
});
