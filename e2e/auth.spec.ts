import { createUser, expect, signIn, test } from './fixtures';

test.describe('first run', () => {
  test.use({ createAdmin: false, demoContacts: 0 });

  test('creates the administrator and lands in the app; sign out and in again', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Loo esimene administraator' })).toBeVisible();
    await page.getByLabel('Nimi').fill('Mari Maasikas');
    await page.getByLabel('E-post').fill('mari@example.test');
    await page.getByLabel('Salasõna', { exact: true }).fill('Salasõna-2026');
    await page.getByLabel('Salasõna uuesti').fill('Salasõna-2025');
    await page.getByRole('button', { name: 'Loo administraator' }).click();
    await expect(page.getByText('Salasõnad ei ühti')).toBeVisible();
    await page.getByLabel('Salasõna uuesti').fill('Salasõna-2026');
    await page.getByRole('button', { name: 'Loo administraator' }).click();

    await expect(page.getByRole('heading', { name: 'Kontaktid' })).toBeVisible();
    await expect(page.getByText('Mari Maasikas')).toBeVisible();

    await page.getByRole('button', { name: 'Kasutaja menüü' }).click();
    await page.getByRole('menuitem', { name: 'Logi välja' }).click();
    await expect(page.getByRole('heading', { name: 'Logi sisse' })).toBeVisible();

    await page.goto('/contacts');
    await expect(page.getByRole('heading', { name: 'Logi sisse' })).toBeVisible();
    await page.getByLabel('E-post').fill('mari@example.test');
    await page.getByLabel('Salasõna').fill('vale-salasona');
    await page.getByRole('button', { name: 'Logi sisse' }).click();
    await expect(page.getByRole('alert')).toHaveText('Vale e-post või salasõna');
    // A new attempt replaces the last answer: the empty field is named, the old refusal is gone.
    await page.getByLabel('Salasõna').fill('');
    await page.getByRole('button', { name: 'Logi sisse' }).click();
    await expect(page.getByLabel('Salasõna')).toHaveAccessibleDescription(/\S/);
    await expect(page.getByText('Vale e-post või salasõna')).toBeHidden();
    await page.getByLabel('Salasõna').fill('Salasõna-2026');
    await page.getByRole('button', { name: 'Logi sisse' }).click();
    await expect(page.getByRole('heading', { name: 'Kontaktid' })).toBeVisible();
  });
});

test('a kasutaja sees no settings screens and gets 403 from their API', async ({ adminPage: page, app }) => {
  const user = await createUser(page, app.url, 'Kalle Kasutaja');
  await page.context().clearCookies();
  await signIn(page, app.url, user);
  await page.goto('/contacts');
  const menu = page.getByRole('navigation', { name: 'Põhimenüü' });
  await expect(menu.getByRole('link', { name: 'Kontaktid', exact: true })).toBeVisible();
  await expect(menu.getByRole('link', { name: 'Sünkroniseerimise logi' })).toBeVisible();
  for (const hidden of ['E-teenuste seadistused', 'Standard Books ühendus', 'Smaily päringu väljad', 'Kasutajad']) {
    await expect(menu.getByRole('link', { name: hidden })).toHaveCount(0);
  }
  await page.goto('/settings/users');
  await expect(page.getByText('Sellele vaatele on ligipääs ainult administraatoril.')).toBeVisible();
  const users = await page.request.get(`${app.url}/api/users`);
  expect(users.status()).toBe(403);
});

test('an administrator adds a kasutaja who can then sign in', async ({ adminPage: page }) => {
  await page.goto('/settings/users');
  await page.getByRole('button', { name: 'Lisa kasutaja' }).click();
  const dialog = page.getByRole('dialog', { name: 'Uus kasutaja' });
  await dialog.getByLabel('Nimi').fill('Tiina Tamm');
  await dialog.getByLabel('E-post').fill('tiina@example.test');
  await dialog.getByLabel('Salasõna', { exact: true }).fill('tiina-pass-1');
  await dialog.getByLabel('Salasõna uuesti').fill('tiina-pass-1');
  await dialog.getByRole('button', { name: 'Lisa kasutaja' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'tiina@example.test' })).toContainText('kasutaja');
});
