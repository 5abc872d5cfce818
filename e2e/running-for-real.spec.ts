import { admin, createUser, expect, signIn, test } from './fixtures';

test('@smoke sign in on the page, activate Smaily, push a contact from its card, and find it in Sünkroniseerimise logi', async ({
  page,
  sandbox,
  smailyAccount,
}) => {
  await page.goto('/');
  await page.getByLabel('E-post').fill(admin.email);
  await page.getByLabel('Salasõna').fill(admin.password);
  await page.getByRole('button', { name: 'Logi sisse' }).click();
  await expect(page.getByRole('heading', { name: 'Kontaktid' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Ärma OÜ' })).toBeVisible();

  await page.goto('/settings/e-services');
  await page
    .getByRole('row', { name: /^Smaily/ })
    .getByRole('button', { name: 'Aktiveeri' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Smaily liidestuse aktiveerimine' });
  await dialog.getByLabel('Aadress (Host)').fill(`${smailyAccount.subdomain}.sendsmaily.net`);
  await dialog.getByLabel('Kasutajatunnus').fill(smailyAccount.username);
  await dialog.getByLabel('Salasõna').fill(smailyAccount.password);
  await dialog.getByRole('button', { name: 'Aktiveeri' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Süsteemi teade')).toHaveValue(/^Registreerimine õnnestus/);

  await page.goto('/contacts/card/100001');
  await page.getByRole('button', { name: 'Operatsioonid' }).click();
  await page.getByRole('menuitem', { name: "Edasta Smaily'sse" }).click();
  await expect(page.getByRole('status').filter({ hasText: "Kontakt edastati Smaily'sse" })).toBeVisible();
  expect(sandbox.getContact(smailyAccount.subdomain, 'info@arma.test')?.fields).toMatchObject({ name: 'Ärma OÜ' });

  await page.goto('/crm/sync-log');
  await expect(page.getByRole('row', { name: /Kontakti edastamine Kontakt 100001/ })).toContainText('Administraator');
});

test('the API reference opens for an administrator under the app’s content security policy; a kasutaja is refused', async ({
  adminPage: page,
  app,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') violations.push(message.text());
  });
  await page.goto('/api/docs');
  await expect(page.getByRole('heading', { name: /Standard Books ↔ Smaily sync API/ })).toBeVisible();
  await expect(page.getByText('/api/auth/password').first()).toBeVisible();
  expect(violations).toEqual([]);

  const user = await createUser(page, app.url, 'Kalle Kasutaja');
  await page.context().clearCookies();
  await signIn(page, app.url, user);
  const refused = await page.goto('/api/docs');
  expect(refused?.status()).toBe(403);
});

test('a user changes their own password from the user menu; only the new one signs in afterwards', async ({
  adminPage: page,
  app,
}) => {
  await page.goto('/contacts');
  await page.getByRole('button', { name: 'Kasutaja menüü' }).click();
  await page.getByRole('menuitem', { name: 'Muuda salasõna' }).click();
  const dialog = page.getByRole('dialog', { name: 'Muuda oma salasõna' });
  await dialog.getByLabel('Praegune salasõna').fill('not-my-password');
  await dialog.getByLabel('Uus salasõna', { exact: true }).fill('uus-salasõna-2027');
  await dialog.getByLabel('Uus salasõna uuesti').fill('uus-salasõna-2027');
  await dialog.getByRole('button', { name: 'Muuda salasõna' }).click();
  await expect(dialog.getByText('Praegune salasõna on vale')).toBeVisible();
  await dialog.getByLabel('Praegune salasõna').fill(admin.password);
  await dialog.getByRole('button', { name: 'Muuda salasõna' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Salasõna on muudetud')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Kontaktid' })).toBeVisible(); // still signed in here

  const old = await page.request.post(`${app.url}/api/auth/login`, {
    data: { email: admin.email, password: admin.password },
  });
  expect(old.status()).toBe(401);
  await signIn(page, app.url, { email: admin.email, password: 'uus-salasõna-2027' });
});
