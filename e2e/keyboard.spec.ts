import { expect, test } from './fixtures';

// The flows of a Standard Books user who never takes the mouse: Tab, Enter, Ctrl+Enter, arrows, Ctrl+S, Space.

test('Smaily päringu väljad by keyboard: add a row, pick with Ctrl+Enter, move with Enter, undo a delete, save', async ({
  adminPage: page,
}) => {
  await page.goto('/crm/smaily-fields');
  const cell = (column: string, row: number) =>
    page.getByRole(column === 'Smaily väli' ? 'textbox' : 'combobox', {
      name: `${column}, rida ${row}`,
      exact: true,
    });
  await expect(cell('Smaily väli', 2)).toHaveValue('name');

  // Add a row: Enter on Lisa rida, and the new row's Smaily väli takes the focus.
  await page.getByRole('button', { name: 'Lisa rida' }).focus();
  await page.keyboard.press('Enter');
  await expect(cell('Smaily väli', 3)).toBeFocused();
  // Enter takes the offered name, the next Enter moves on (and saves nothing: no other row is flagged).
  await page.keyboard.type('Piirkond');
  await page.keyboard.press('Enter');
  await expect(cell('Smaily väli', 3)).toHaveValue('piirkond');
  await page.keyboard.press('Enter');
  await expect(cell('Kontakti väli', 3)).toBeFocused();
  await expect(page.getByRole('alert')).toHaveCount(0);

  // Ctrl+Enter opens the list of fields, arrows and Enter pick one, Enter moves on.
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('option', { name: 'E-post (eMail)' })).toBeVisible();
  await page.keyboard.type('Klassifik');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(cell('Kontakti väli', 3)).toHaveValue('Klassifikaator (Classification)');
  await page.keyboard.press('Enter');
  await expect(cell('Tüüp', 3)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(cell('Tüüp', 3)).toHaveValue('description');
  await page.keyboard.press('Enter');
  await expect(cell('Objekti/Klassifikaatori tüüp', 3)).toBeFocused();
  await page.keyboard.press('Control+Enter');
  await page.keyboard.type('PIIRK');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(cell('Objekti/Klassifikaatori tüüp', 3)).toHaveValue('PIIRK — Piirkond');

  // Row 2 has no Tüüp: Tab from its Kontakti väli lands on its delete button. Ctrl+Enter there, the habit of the
  // cell before, deletes nothing; Enter deletes, and the way back has the focus.
  await cell('Kontakti väli', 2).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Kustuta rida 2' })).toBeFocused();
  await page.keyboard.press('Control+Enter');
  await expect(cell('Smaily väli', 2)).toHaveValue('name');
  await page.keyboard.press('Enter');
  await expect(cell('Smaily väli', 2)).toHaveValue('piirkond');
  await expect(page.getByRole('status').filter({ hasText: 'Rida 2 (name) kustutati.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Võta tagasi' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(cell('Smaily väli', 2)).toHaveValue('name');
  await expect(cell('Smaily väli', 2)).toBeFocused();

  await page.keyboard.press('Control+s');
  await expect(page.getByText('Smaily päringu väljad on salvestatud')).toBeVisible();
  await page.reload();
  await expect(cell('Smaily väli', 2)).toHaveValue('name');
  await expect(cell('Smaily väli', 3)).toHaveValue('piirkond');
  await expect(cell('Objekti/Klassifikaatori tüüp', 3)).toHaveValue('PIIRK — Piirkond');
});

test('a contact card by keyboard: arrows through the register, Enter opens the card at its top ready to type, Ctrl+S saves', async ({
  adminPage: page,
}) => {
  await page.goto('/contacts');
  const register = page.getByRole('table');
  await register.getByRole('link', { name: '100001' }).focus();
  for (let row = 2; row <= 30; row += 1) await page.keyboard.press('ArrowDown');
  await expect(register.getByRole('link', { name: '100030' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(register.getByRole('link', { name: '100029' })).toBeFocused();
  // Far down the register: the card opens at its top all the same.
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: /^Kontakti kaart: 100029 / })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Tagasi registrisse' })).toBeInViewport();
  const name = page.getByRole('textbox', { name: 'Nimi', exact: true });
  await expect(name).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' (muudetud)');
  await page.keyboard.press('Control+s');
  await expect(page.getByText('Kontakt 100029 on salvestatud')).toBeVisible();
  await page.reload();
  await expect(name).toHaveValue(/ \(muudetud\)$/);
});

test('the bulk push by keyboard: Enter before the all-contacts confirmation says why, Space confirms, Enter on Käivita runs', async ({
  adminPage: page,
  smailyAccount,
}) => {
  const activation = await page.request.post('/api/smaily/activation', {
    data: {
      address: `${smailyAccount.subdomain}.sendsmaily.net`,
      username: smailyAccount.username,
      password: smailyAccount.password,
    },
  });
  expect(activation.status()).toBe(200);

  await page.goto('/crm/smaily-push');
  const dialog = page.getByRole('dialog', { name: 'Kontaktide andmed Smaily keskkonda' });
  await expect(dialog.getByRole('combobox', { name: 'Kliendiklass' })).toBeFocused();
  await expect(dialog.getByRole('status')).toContainText('Valitud kontakte: 300');
  await page.keyboard.press('Enter');
  const confirmAll = dialog.getByRole('checkbox', { name: 'Kinnitan, et Smaily keskkonda edastatakse kõik kontaktid' });
  await expect(confirmAll).toHaveAccessibleDescription(
    /Kinnita enne käivitamist, et edastatakse kõik kontaktid, või vali kliendiklass või klassifikaator\./,
  );
  await expect(confirmAll).toBeFocused();
  await expect(dialog.getByRole('progressbar')).toHaveCount(0);

  await page.keyboard.press('Space');
  await expect(confirmAll).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Käivita' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('heading', { name: /^Töö nr \d+ · Lõpetatud$/ })).toBeVisible({ timeout: 20_000 });
  await expect(dialog).toContainText('Saadetud 268');
});
