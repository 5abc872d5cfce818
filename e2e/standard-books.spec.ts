import AxeBuilder from '@axe-core/playwright';
import { startStandardBooksSandbox } from '../src/standard-books-sandbox/sandbox';
import type { StandardBooksSandbox } from '../src/standard-books-sandbox/types';
import { expect, test } from './fixtures';

const sbUser = { username: 'sb-api', password: 'Sb-Õige-Salasõna-1' };
let standardBooks: StandardBooksSandbox;

// An empty database: the contacts come from Standard Books. The sandbox is on loopback, which the setting allows.
test.use({
  demoContacts: 0,
  serverEnv: {
    SB_ALLOW_PRIVATE_ADDRESSES: 'true',
    SB_PAGE_PAUSE_MS: '0',
    SB_RETRY_BASE_MS: '20',
    SB_RETRY_MAX_MS: '100',
  },
});

test.beforeEach(async () => {
  standardBooks = await startStandardBooksSandbox({ companies: [{ companyNo: '1', contacts: 12 }], users: [sbUser] });
});

test.afterEach(() => standardBooks.close());

test('connect to Standard Books (a wrong password first), read, open a contact that came from it and push it to Smaily', async ({
  adminPage: page,
  app,
  sandbox,
  smailyAccount,
}) => {
  await page.goto('/contacts');
  await page.getByRole('link', { name: 'Standard Books ühendus' }).click();
  await expect(page.getByRole('heading', { name: 'Standard Books ühendus', level: 1 })).toBeVisible();
  const connection = page.getByRole('table', { name: 'Standard Books ühendus' });
  await expect(connection).toContainText('Pole ühendatud');
  await expect(page.getByRole('button', { name: 'Loe Standard Booksist' })).toBeDisabled();

  await connection.getByRole('button', { name: 'Ühenda' }).click();
  const dialog = page.getByRole('dialog', { name: 'Standard Books ühendus' });
  await dialog.getByLabel('Aadress').fill(standardBooks.url);
  await expect(dialog.getByLabel('Firma nr')).toHaveValue('1');
  await dialog.getByLabel('Kasutajatunnus').fill(sbUser.username);
  await dialog.getByLabel('Salasõna').fill('vale-salasõna');
  await dialog.getByRole('button', { name: 'Salvesta' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Standard Books ei tunne seda kasutajatunnust ja salasõna.');
  await expect(connection).toContainText('Pole ühendatud');

  await dialog.getByLabel('Salasõna').fill(sbUser.password);
  await dialog.getByRole('button', { name: 'Kontrolli ühendust' }).click();
  await expect(dialog.getByRole('status')).toContainText('Ühendus toimib');
  await dialog.getByRole('button', { name: 'Salvesta' }).click();
  await expect(dialog).toBeHidden();
  await expect(connection).toContainText('Ühendatud');
  await expect(connection).toContainText(standardBooks.url);
  await expect(page.getByLabel('Süsteemi teade')).toHaveValue(/^Ühendus salvestati/);

  await page.getByRole('button', { name: 'Loe Standard Booksist' }).click();
  const counts = page.getByRole('table', { name: 'Viimase lugemise arvud registrite kaupa' });
  // Lugemine, Loetud, Lisatud, Muudetud, Muutmata, Eemaldatud, Tagasi lükatud.
  await expect(counts.getByRole('row', { name: /^Kontaktid/ }).getByRole('cell')).toHaveText([
    'täielik',
    '12',
    '12',
    '0',
    '0',
    '0',
    '0',
  ]);
  await expect(page.getByText('Õnnestus', { exact: true })).toBeVisible();
  // The page's own structure: names, roles, tables and landmarks. Colour contrast and the notifications' close
  // button come from the app's theme, shared by every screen, and are checked there.
  const axe = await new AxeBuilder({ page })
    .exclude('.mantine-Notifications-root')
    .disableRules(['color-contrast'])
    .analyze();
  expect(
    axe.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);

  await page.getByRole('link', { name: 'Kontaktid', exact: true }).click();
  const sbContact = standardBooks.record('1', 'CUVc', '100001')?.fields ?? {};
  await page.getByRole('link', { name: '100001' }).click();
  await expect(page.getByLabel('Nimi')).toHaveValue(sbContact.Name ?? '');
  await expect(page.getByText('Kontakt Standard Booksist')).toBeVisible();

  const activation = await page.request.post(`${app.url}/api/smaily/activation`, {
    data: { address: smailyAccount.subdomain, username: smailyAccount.username, password: smailyAccount.password },
  });
  expect(activation.status()).toBe(200);
  await page.reload();
  await page.getByRole('button', { name: 'Operatsioonid' }).click();
  await page.getByRole('menuitem', { name: "Edasta Smaily'sse" }).click();
  await expect(page.getByRole('status').filter({ hasText: "Kontakt edastati Smaily'sse" })).toBeVisible();
  const stored = sandbox.getContact(smailyAccount.subdomain, sbContact.eMail ?? '');
  expect(stored?.fields).toMatchObject({ name: sbContact.Name });

  await page.goto('/crm/sync-log?kind=standard-books-read');
  await expect(page.getByRole('row').filter({ hasText: 'Lugemine Standard Booksist' })).toContainText('Administraator');
});
