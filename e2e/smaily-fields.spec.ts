import { createUser, expect, signIn, test } from './fixtures';

test('map piirkond ← Klassifikaator (Kirjeldus, PIIRK), see it in the preview, save, and find it after a reload', async ({
  adminPage: page,
}) => {
  await page.goto('/crm/smaily-fields');
  await expect(page.getByRole('heading', { name: 'Smaily päringu väljad' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Smaily väli, rida 1' })).toHaveValue('email');
  await expect(page.getByRole('textbox', { name: 'Smaily väli, rida 2' })).toHaveValue('name');

  // The preview for Ärma OÜ (classifications EM4941 and TARTU) before the grid changes.
  await page.getByRole('combobox', { name: 'Vali kontakt' }).fill('ärma');
  await page.getByRole('option', { name: '100001 Ärma OÜ' }).click();
  const preview = page.getByRole('region', { name: "Smaily'sse saadetav JSON" });
  await expect(preview).toContainText('"email": "info@arma.test"');
  await expect(preview).not.toContainText('piirkond');

  await page.getByRole('button', { name: 'Lisa rida' }).click();
  await page.getByRole('textbox', { name: 'Smaily väli, rida 3' }).fill('Piirkond');
  await page.getByRole('button', { name: 'Kasuta: piirkond' }).click();
  const contactField = page.getByRole('combobox', { name: 'Kontakti väli, rida 3' });
  await contactField.focus();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('option', { name: 'E-post (eMail)' })).toBeVisible();
  await page.keyboard.type('Klassifik');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(contactField).toHaveValue('Klassifikaator (Classification)');
  await page.getByRole('combobox', { name: 'Tüüp, rida 3', exact: true }).selectOption('Kirjeldus');
  await page.getByRole('combobox', { name: 'Objekti/Klassifikaatori tüüp, rida 3' }).click();
  await page.getByRole('option', { name: 'PIIRK — Piirkond' }).click();

  // Not saved yet, and already in the preview: only the PIIRK classification, by its name.
  await expect(preview).toContainText('"piirkond": "Tartumaa"');
  await expect(preview).not.toContainText('Maanteekaubavedu');

  // Leaving with unsaved changes asks first.
  await page.getByRole('link', { name: 'Kontaktid', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Salvestamata muudatused' })).toBeVisible();
  await page.getByRole('button', { name: 'Jää lehele' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Smaily väli, rida 3' })).toHaveValue('piirkond');

  await page.getByRole('button', { name: 'Salvesta', exact: true }).click();
  await expect(page.getByText('Smaily päringu väljad on salvestatud')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Smaily väli, rida 3' })).toHaveValue('piirkond');
  await expect(page.getByRole('combobox', { name: 'Kontakti väli, rida 3' })).toHaveValue(
    'Klassifikaator (Classification)',
  );
  await expect(page.getByRole('combobox', { name: 'Tüüp, rida 3', exact: true })).toHaveValue('description');
  await expect(page.getByRole('combobox', { name: 'Objekti/Klassifikaatori tüüp, rida 3' })).toHaveValue(
    'PIIRK — Piirkond',
  );
});

test('a kasutaja reads the mapping through the API but may neither open the screen nor save', async ({
  adminPage: page,
  app,
}) => {
  const user = await createUser(page, app.url, 'Kati Kasutaja');
  await page.context().clearCookies();
  await signIn(page, app.url, user);

  const read = await page.request.get(`${app.url}/api/smaily-fields`);
  expect(read.status()).toBe(200);
  const mapping = (await read.json()) as { rows: { smailyField: string }[] };
  expect(mapping.rows.map((row) => row.smailyField)).toEqual(['email', 'name']);
  const save = await page.request.put(`${app.url}/api/smaily-fields`, { data: mapping });
  expect(save.status()).toBe(403);

  await page.goto('/crm/smaily-fields');
  await expect(page.getByRole('alert')).toHaveText('Sellele vaatele on ligipääs ainult administraatoril.');
});
