import { expect, test } from './fixtures';

test('search the register, open a card, change a field, save, and see it after a reload', async ({
  adminPage: page,
}) => {
  await page.goto('/contacts');
  await expect(page.getByRole('heading', { name: 'Kontaktid' })).toBeVisible();
  await expect(page.getByText('Kokku 300')).toBeVisible();

  await page.getByRole('searchbox', { name: 'Otsi' }).fill('ärma');
  const row = page.getByRole('row').filter({ hasText: 'Ärma OÜ' });
  await expect(row).toHaveCount(1);
  await expect(page.getByRole('row').filter({ hasText: 'Põhjala' })).toHaveCount(0);
  await expect(page.getByRole('row').filter({ hasText: '100002' })).toHaveCount(0);
  await row.getByRole('link', { name: '100001' }).click();

  await expect(page.getByRole('heading', { name: 'Kontakti kaart: 100001 Ärma OÜ' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Kood', exact: true })).not.toBeEditable();
  const person = page.getByLabel('Kontaktisik');
  await person.fill('Kadri Kuusk');
  await page.getByRole('button', { name: 'Salvesta' }).click();
  await expect(page.getByText('Kontakt 100001 on salvestatud')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Kontaktisik')).toHaveValue('Kadri Kuusk');

  await page.getByRole('link', { name: 'Tagasi registrisse' }).click();
  await expect(page.getByRole('searchbox', { name: 'Otsi' })).toHaveValue('ärma');
});

test('a new contact from Alt+N, with a classification picked by keyboard', async ({ adminPage: page }) => {
  await page.goto('/contacts');
  await expect(page.getByRole('button', { name: 'Uus', exact: true })).toHaveAttribute('title', 'Uus kontakt (Alt+N)');
  await page.getByRole('heading', { name: 'Kontaktid' }).click();
  await page.keyboard.press('Alt+n');
  await expect(page.getByRole('heading', { name: 'Uus kontakt' })).toBeVisible();
  // The new card is ready to type in Kood.
  await expect(page.getByRole('textbox', { name: 'Kood', exact: true })).toBeFocused();
  await page.keyboard.type('K1');
  await page.getByLabel('Nimi').fill('Jõe Pagar OÜ');
  await page.getByLabel('E-post').fill('info@joe-pagar');
  await expect(page.getByText("See aadress ei sobi Smaily'sse edastamiseks")).toBeVisible();
  await page.getByLabel('E-post').fill('info@joe-pagar.test');
  await expect(page.getByText("See aadress ei sobi Smaily'sse edastamiseks")).toBeHidden();

  const classification = page.getByRole('combobox', { name: 'Klassifikaator' });
  await classification.focus();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('option', { name: 'HARJU — Harjumaa' })).toBeVisible();
  await page.keyboard.type('Tartu');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Salvesta' }).click();

  await expect(page.getByRole('heading', { name: 'Kontakti kaart: K1 Jõe Pagar OÜ' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('form', { name: 'Kontakti kaart' }).getByText('TARTU — Tartumaa')).toBeVisible();
});

test('switching to English shows English labels, and the choice is kept', async ({ adminPage: page }) => {
  await page.goto('/contacts/card/100001');
  await expect(page.getByLabel('Nimi')).toBeVisible();
  await page.getByText('English').click();
  await expect(page.getByRole('heading', { name: 'Contact card: 100001 Ärma OÜ' })).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Ärma OÜ');
  await expect(page.getByRole('combobox', { name: 'Customer class' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Contacts', exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Save' })).toBeVisible();
});

test.describe('an empty database', () => {
  test.use({ demoContacts: 0 });

  test('says how to bring contacts in', async ({ adminPage: page }) => {
    await page.goto('/contacts');
    await expect(page.getByText('Registris pole veel kontakte')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Import / eksport' }).last()).toBeVisible();
  });
});
