import { createUser, expect, signIn, test } from './fixtures';

test.use({ demoContacts: 0 });

test('Sünkroniseerimise logi shows the failed and the successful activation with the user’s name, to a kasutaja too', async ({
  adminPage: page,
  smailyAccount,
  app,
}) => {
  const activate = (password: string) =>
    page.request.post(`${app.url}/api/smaily/activation`, {
      data: { address: `${smailyAccount.subdomain}.sendsmaily.net`, username: smailyAccount.username, password },
    });
  expect((await activate('vale-salasona')).status()).toBe(422);
  expect((await activate(smailyAccount.password)).status()).toBe(200);

  const kasutaja = await createUser(page, app.url, 'Kalle Kasutaja');
  await page.context().clearCookies();
  await signIn(page, app.url, kasutaja);
  await page.goto('/contacts');
  await page
    .getByRole('navigation', { name: 'Põhimenüü' })
    .getByRole('link', { name: 'Sünkroniseerimise logi' })
    .click();

  const table = page.getByRole('table', { name: 'Sünkroniseerimise logi' });
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(4);
  const [userAdded, activated, oldest] = [rows.nth(1), rows.nth(2), rows.nth(3)];
  // Adding the kasutaja is itself in the log, with who did it.
  for (const text of ['Administraator', 'Kasutajate muutmine', 'Kalle Kasutaja', 'Tegevus: kasutaja lisati']) {
    await expect(userAdded).toContainText(text);
  }
  for (const text of ['Administraator', 'Aktiveerimine', 'Smaily liidestus', 'Õnnestus']) {
    await expect(activated).toContainText(text);
  }
  await expect(activated).toContainText(
    `Aadress: ${smailyAccount.subdomain}.sendsmaily.net; Tulemus: Registreerimine õnnestus`,
  );
  for (const text of [
    'Administraator',
    'Aktiveerimine',
    'Ebaõnnestus',
    '401',
    'Smaily ei tunne seda kasutajatunnust ja salasõna',
  ]) {
    await expect(oldest).toContainText(text);
  }

  await page.getByRole('combobox', { name: 'Tulemus' }).click();
  await page.getByRole('option', { name: 'Ebaõnnestus' }).click();
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('401');
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Tulemus' })).toHaveValue('Ebaõnnestus');
  await expect(rows).toHaveCount(2);

  // Smaily logi's old address, with its filter, still leads here.
  await page.goto('/crm/smaily-log?outcome=failed');
  await expect(page).toHaveURL(/\/crm\/sync-log\?outcome=failed$/);
  await expect(rows).toHaveCount(2);
});
