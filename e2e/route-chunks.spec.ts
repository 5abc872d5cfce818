import type { Page } from '@playwright/test';
import { admin, expect, test } from './fixtures';

/** The app's own script files the page has asked for, by name (Vite names a chunk after its module). */
function scriptsOf(page: Page): () => string[] {
  const names: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') names.push(new URL(request.url()).pathname.replace('/assets/', ''));
  });
  return () => names;
}

const loaded = (names: string[], chunk: string) => names.some((name) => name.startsWith(`${chunk}-`));

test.use({ demoContacts: 30 });

test('the sign-in page loads only its own screen; Kontaktid loads the frame and its screen', async ({ page }) => {
  const scripts = scriptsOf(page);
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: 'Logi sisse' })).toBeVisible();
  expect(loaded(scripts(), 'LoginPage')).toBe(true);
  for (const chunk of ['AppLayout', 'ContactsPage', 'PushJobsPage', 'UsersPage']) {
    expect(loaded(scripts(), chunk), chunk).toBe(false);
  }

  await page.getByLabel('E-post').fill(admin.email);
  await page.getByLabel('Salasõna').fill(admin.password);
  await page.getByRole('button', { name: 'Logi sisse' }).click();

  await expect(page.getByRole('heading', { name: 'Kontaktid' })).toBeVisible();
  await expect(page.getByRole('row')).not.toHaveCount(0);
  expect(loaded(scripts(), 'AppLayout')).toBe(true);
  expect(loaded(scripts(), 'ContactsPage')).toBe(true);
  expect(loaded(scripts(), 'PushJobsPage')).toBe(false);
});

test('a screen whose code cannot be loaded says so in the frame and offers to try again', async ({
  adminPage: page,
}) => {
  await page.goto('/contacts');
  await expect(page.getByRole('heading', { name: 'Kontaktid' })).toBeVisible();
  await page.route(/\/assets\/SmailyLogPage-[^/]+\.js$/, (route) => route.abort());

  await page.getByRole('link', { name: 'Smaily logi' }).click();

  await expect(page.getByText('Andmete laadimine ebaõnnestus')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Kontaktid', exact: true })).toBeVisible();
  await page.unroute(/\/assets\/SmailyLogPage-[^/]+\.js$/);
  await page.getByRole('button', { name: 'Proovi uuesti' }).click();
  await expect(page.getByRole('heading', { name: 'Smaily logi' })).toBeVisible();
});
