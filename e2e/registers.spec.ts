import { createUser, expect, signIn, test } from './fixtures';

test('a kasutaja creates a customer class, renames it, cannot delete one in use, and deletes the new one', async ({
  adminPage: page,
  app,
}) => {
  await signIn(page, app.url, await createUser(page, app.url, 'Kati Kasutaja'));
  await page.goto('/customer-classes');
  await expect(page.getByRole('heading', { name: 'Kliendiklassid' })).toBeVisible();

  await page.getByRole('button', { name: 'Uus kliendiklass' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Kood').fill('VIP');
  await dialog.getByLabel('Nimi').fill('Püsiklient');
  await dialog.getByRole('button', { name: 'Salvesta' }).click();
  await expect(page.getByText('VIP on salvestatud')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Püsiklient' })).toHaveCount(1);

  await page.getByRole('button', { name: 'Muuda: VIP' }).click();
  await expect(dialog.getByLabel('Kood')).not.toBeEditable();
  await dialog.getByLabel('Nimi').fill('Väga tähtis klient');
  await dialog.getByRole('button', { name: 'Salvesta' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Väga tähtis klient' })).toHaveCount(1);

  await page.getByRole('button', { name: 'Kustuta: VKE' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Kustuta' }).click();
  await expect(page.getByRole('alert', { name: 'Kustutamine ei õnnestunud' })).toContainText(
    /Koodi VKE ei saa kustutada: see on kasutusel \d+ kontaktil\./,
  );
  await expect(page.getByRole('row').filter({ hasText: 'Väikeettevõte' })).toHaveCount(1);

  await page.getByRole('button', { name: 'Kustuta: VIP' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Kustuta' }).click();
  await expect(page.getByText('VIP on kustutatud')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'VIP' })).toHaveCount(0);
});

test('classification types are a tab of Klassifikaatorid; a new classification of a new type shows on the contact card', async ({
  adminPage: page,
}) => {
  await page.goto('/classifications');
  await page.getByRole('tab', { name: 'Klassifikaatori tüübid' }).click();
  await page.getByRole('button', { name: 'Uus klassifikaatori tüüp' }).click();
  await page.getByRole('dialog').getByLabel('Kood').fill('KEEL');
  await page.getByRole('dialog').getByLabel('Nimi').fill('Suhtluskeel');
  await page.getByRole('dialog').getByRole('button', { name: 'Salvesta' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Suhtluskeel' })).toHaveCount(1);

  await page.getByRole('tab', { name: 'Klassifikaatorid' }).click();
  await page.getByRole('button', { name: 'Uus klassifikaator' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Kood').fill('VENE');
  await dialog.getByLabel('Nimi').fill('Vene keel');
  await dialog.getByRole('combobox', { name: 'Klassifikaatori tüüp' }).click();
  await page.getByRole('option', { name: 'KEEL — Suhtluskeel' }).click();
  await dialog.getByRole('button', { name: 'Salvesta' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Vene keel' })).toContainText('KEEL — Suhtluskeel');

  await page.getByRole('tab', { name: 'Klassifikaatori tüübid' }).click();
  await page.getByRole('button', { name: 'Kustuta: KEEL' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Kustuta' }).click();
  await expect(page.getByRole('alert', { name: 'Kustutamine ei õnnestunud' })).toContainText(
    'Koodi KEEL ei saa kustutada: see on kasutusel 1 klassifikaatoril.',
  );

  await page.goto('/contacts/card/100001');
  const classification = page.getByRole('combobox', { name: 'Klassifikaator' });
  await classification.click();
  await expect(page.getByRole('option', { name: 'VENE — Vene keel' })).toBeVisible();
});
