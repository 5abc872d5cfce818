import type { Page } from '@playwright/test';
import { startStandardBooksSandbox } from '../src/standard-books-sandbox/sandbox';
import type { StandardBooksSandbox } from '../src/standard-books-sandbox/types';
import { expect, test } from './fixtures';

const sbUser = { username: 'sb-api', password: 'Sb-Õige-Salasõna-1' };
let standardBooks: StandardBooksSandbox;

// An empty database: the contacts come from Standard Books. New unsubscribes are written back within a moment.
test.use({
  demoContacts: 0,
  serverEnv: {
    SB_ALLOW_PRIVATE_ADDRESSES: 'true',
    SB_PAGE_PAUSE_MS: '0',
    SB_RETRY_BASE_MS: '20',
    SB_RETRY_MAX_MS: '100',
    SB_WRITE_BACK_INTERVAL_MS: '200',
  },
});

test.beforeEach(async () => {
  standardBooks = await startStandardBooksSandbox({ companies: [{ companyNo: '1', contacts: 8 }], users: [sbUser] });
});

test.afterEach(() => standardBooks.close());

/** Connects through the API, as the connection dialog does. */
async function connect(page: Page, url: string): Promise<void> {
  const response = await page.request.put(`${url}/api/standard-books/connection`, {
    data: { address: standardBooks.url, companyNo: '1', ...sbUser },
  });
  expect(response.status(), await response.text()).toBe(200);
}

/** A read through the API, as Loe Standard Booksist starts it, followed to its end; then the page. */
async function readOnPage(page: Page, url: string): Promise<void> {
  const started = await page.request.post(`${url}/api/standard-books/reads`, { data: { mode: 'incremental' } });
  expect(started.status(), await started.text()).toBe(202);
  await expect
    .poll(async () => {
      const status = (await (await page.request.get(`${url}/api/standard-books/status`)).json()) as {
        read: { running: unknown };
      };
      return status.read.running;
    })
    .toBeNull();
  await page.goto('/settings/standard-books');
}

test('a contact from Standard Books is read-only on its card; one made here stays editable', async ({
  adminPage: page,
  app,
}) => {
  await connect(page, app.url);
  await readOnPage(page, app.url);
  await page.goto('/contacts/card/100001');
  await expect(page.getByText('Kontakt Standard Booksist')).toBeVisible();
  await expect(page.getByText('Kirjutuskaitstud: muuda Standard Booksis')).toBeVisible();
  // Read-only, not disabled: legible, reachable by Tab, and nothing typed or clicked changes it.
  const name = page.getByLabel('Nimi');
  await expect(name).toBeEnabled();
  await expect(name).not.toBeEditable();
  const value = await name.inputValue();
  await name.focus();
  await page.keyboard.type('X');
  await expect(name).toHaveValue(value);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Kontakti tüüp' })).toBeFocused();
  await expect(page.getByLabel('E-post')).not.toBeEditable();
  const noMassMail = page.getByRole('checkbox', { name: 'Ära koosta massmaile' });
  await expect(noMassMail).toHaveAttribute('aria-readonly', 'true');
  const checked = await noMassMail.isChecked();
  await noMassMail.click();
  await expect(noMassMail).toBeChecked({ checked });
  await expect(page.getByRole('button', { name: 'Salvesta' })).toHaveCount(0);

  // The code lists read with it are read-only too.
  await page.goto('/customer-classes');
  const vke = page.getByRole('row').filter({ hasText: 'VKE' });
  await expect(vke).toContainText('Standard Books');
  await expect(vke.getByRole('button')).toHaveCount(0);

  await page.goto('/contacts/new');
  await page.getByRole('textbox', { name: 'Kood', exact: true }).fill('K-1');
  await page.getByLabel('Nimi').fill('Kohalik OÜ');
  await page.getByRole('button', { name: 'Salvesta' }).click();
  await expect(page).toHaveURL(/\/contacts\/card\/K-1$/);
  await expect(page.getByRole('heading', { name: 'Kontakti kaart: K-1 Kohalik OÜ' })).toBeVisible();
  await page.getByLabel('Nimi').fill('Kohalik Muudetud OÜ');
  await page.getByRole('button', { name: 'Salvesta' }).click();
  await expect(page.getByText('Kontakt K-1 on salvestatud')).toHaveCount(2);
  await page.reload();
  await expect(page.getByLabel('Nimi')).toHaveValue('Kohalik Muudetud OÜ');

  // Kontaktid tells the two apart.
  await page.goto('/contacts');
  await expect(page.getByRole('row').filter({ hasText: '100001' }).getByText('Standard Books')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'K-1' })).not.toContainText('Standard Books');
});

test('a code clash is listed with both versions and resolved by choice at the next read', async ({
  adminPage: page,
  app,
}) => {
  const created = await page.request.post(`${app.url}/api/contacts`, {
    data: {
      Code: '100002',
      Name: 'Kohalik Kakskümmend OÜ',
      CustType: 0,
      CustCat: '',
      Classification: [],
      eMail: 'kohalik@firma.test',
      Phone: '',
      Mobile: '',
      Person: '',
      CountryCode: '',
      InvAddr0: '',
      InvAddr1: '',
      InvAddr2: '',
      InvAddr3: '',
      InvAddr4: '',
      Objects: [],
      VATNr: '',
      RegNr1: '',
      Comment: '',
      NoMailPosting: false,
      blockedFlag: false,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const sbName = standardBooks.record('1', 'CUVc', '100002')?.fields.Name ?? '';
  await connect(page, app.url);
  await readOnPage(page, app.url);

  const clash = page.getByRole('region', { name: 'Kood 100002' });
  await expect(clash.getByRole('row', { name: /^Nimi/ }).getByRole('cell')).toHaveText([
    'Nimi',
    'Kohalik Kakskümmend OÜ',
    sbName,
  ]);
  await expect(clash).toContainText('Otsustamata');
  await clash.getByRole('button', { name: 'Standard Books asendab' }).click();
  await expect(clash.getByRole('button', { name: 'Standard Books asendab' })).toHaveAttribute('aria-pressed', 'true');
  await expect(clash).toContainText('Valis Administraator');

  await page.getByRole('button', { name: 'Loe Standard Booksist' }).click();
  await expect(page.getByText('Koodikonflikte pole')).toBeVisible();
  await page.goto('/contacts/card/100002');
  await expect(page.getByLabel('Nimi')).toHaveValue(sbName);
  await expect(page.getByText('Kontakt Standard Booksist')).toBeVisible();
});

test('a contact unsubscribes in Smaily, is pushed, and Standard Books then holds NoMailPosting 1 for it', async ({
  adminPage: page,
  app,
  sandbox,
  smailyAccount,
}) => {
  // A contact Standard Books does not yet exclude from mass e-mail, with an address Smaily takes.
  const [target] = standardBooks
    .records('1', 'CUVc')
    .filter((record) => record.fields.NoMailPosting === '0' && (record.fields.eMail ?? '').includes('@'));
  const code = target?.fields.Code ?? '';
  expect(code).not.toBe('');
  await connect(page, app.url);
  const activation = await page.request.post(`${app.url}/api/smaily/activation`, {
    data: { address: smailyAccount.subdomain, username: smailyAccount.username, password: smailyAccount.password },
  });
  expect(activation.status()).toBe(200);
  await readOnPage(page, app.url);

  // The box shows what the server stored: it turns checked once the answer came.
  const toggle = page.getByRole('checkbox', { name: 'Kirjuta Smaily loobumised Standard Booksi' });
  await toggle.click();
  await expect(toggle).toBeChecked();
  await expect(page.getByText('Ootel 0 loobumist')).toBeVisible();

  sandbox.unsubscribe(smailyAccount.subdomain, target?.fields.eMail ?? '');
  await page.goto(`/contacts/card/${code}`);
  await page.getByRole('button', { name: 'Operatsioonid' }).click();
  await page.getByRole('menuitem', { name: "Edasta Smaily'sse" }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'loobununa: isik on Smailys uudiskirjast loobunud' }),
  ).toBeVisible();

  await expect.poll(() => standardBooks.record('1', 'CUVc', code)?.fields.NoMailPosting).toBe('1');
  const patch = standardBooks.requests('1').find((request) => request.method === 'PATCH');
  expect(patch).toMatchObject({ url: `/api/1/CUVc/${code}`, rawBody: 'set_field.NoMailPosting=1' });

  await page.goto('/crm/sync-log?kind=standard-books-write');
  await expect(page.getByRole('row').filter({ hasText: 'Kirjutamine Standard Booksi' })).toContainText(code);
});
