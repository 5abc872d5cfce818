import { expect, test } from './fixtures';

test("Edasta Smaily'sse sends the card with the mapped region name, and Sünkroniseerimise logi shows who did it", async ({
  adminPage: page,
  app,
  sandbox,
  smailyAccount,
}) => {
  const activation = await page.request.post(`${app.url}/api/smaily/activation`, {
    data: {
      address: `${smailyAccount.subdomain}.sendsmaily.net`,
      username: smailyAccount.username,
      password: smailyAccount.password,
    },
  });
  expect(activation.status()).toBe(200);
  const mapping = await page.request.put(`${app.url}/api/smaily-fields`, {
    data: {
      rows: [
        { smailyField: 'email', contactField: 'eMail', valueKind: 'value', typeCode: null },
        { smailyField: 'name', contactField: 'Name', valueKind: 'value', typeCode: null },
        { smailyField: 'piirkond', contactField: 'Classification', valueKind: 'description', typeCode: 'PIIRK' },
      ],
    },
  });
  expect(mapping.status()).toBe(200);

  // Ärma OÜ holds an EMTAK classification (EM4941) and a PIIRK one (TARTU, "Tartumaa").
  await page.goto('/contacts/card/100001');
  await expect(page.getByRole('form', { name: 'Kontakti kaart' }).getByText('EM4941 — Maanteekaubavedu')).toBeVisible();
  await expect(page.getByText("Seda kontakti pole veel Smaily'sse edastatud.")).toBeVisible();
  await page.getByRole('button', { name: 'Operatsioonid' }).click();
  await page.getByRole('menuitem', { name: "Edasta Smaily'sse" }).click();
  await expect(page.getByRole('status').filter({ hasText: "Kontakt edastati Smaily'sse" })).toBeVisible();
  await expect(page.getByText(/Viimati Smaily'sse edastatud: \d\d\.\d\d\.\d{4} \d\d:\d\d/)).toBeVisible();

  const stored = sandbox.getContact(smailyAccount.subdomain, 'info@arma.test');
  expect(stored?.fields).toEqual({ name: 'Ärma OÜ', piirkond: 'Tartumaa' });
  expect(stored?.isUnsubscribed).toBe(false);

  await page.goto('/crm/sync-log');
  const entry = page.getByRole('row', { name: /Kontakti edastamine Kontakt 100001/ });
  await expect(entry).toContainText('Administraator');
});

test('a closed contact is sent only after the user confirms', async ({
  adminPage: page,
  app,
  sandbox,
  smailyAccount,
}) => {
  await page.request.post(`${app.url}/api/smaily/activation`, {
    data: { address: smailyAccount.subdomain, username: smailyAccount.username, password: smailyAccount.password },
  });
  // 100047 is closed in the demo data.
  await page.goto('/contacts/card/100047');
  await expect(page.getByRole('checkbox', { name: 'Suletud' })).toBeChecked();
  await page.getByRole('button', { name: 'Operatsioonid' }).click();
  await page.getByRole('menuitem', { name: "Edasta Smaily'sse" }).click();
  const dialog = page.getByRole('dialog', { name: 'Kontakt on suletud' });
  await expect(dialog).toContainText('hulgiedastusel jäetakse see vahele');
  await dialog.getByRole('button', { name: 'Loobu' }).click();
  expect(
    sandbox.requests(smailyAccount.subdomain).filter((request) => request.endpoint === 'contact.php'),
  ).toHaveLength(0);

  await page.getByRole('button', { name: 'Operatsioonid' }).click();
  await page.getByRole('menuitem', { name: "Edasta Smaily'sse" }).click();
  await page.getByRole('dialog', { name: 'Kontakt on suletud' }).getByRole('button', { name: 'Edasta siiski' }).click();
  await expect(page.getByRole('status').filter({ hasText: "Kontakt edastati Smaily'sse" })).toBeVisible();
});

test('without an activated Smaily the menu item is disabled and says why', async ({ adminPage: page }) => {
  await page.goto('/contacts/card/100001');
  await page.getByRole('button', { name: 'Operatsioonid' }).click();
  await expect(page.getByRole('menuitem', { name: "Edasta Smaily'sse" })).toBeDisabled();
  await expect(page.getByText('Smaily pole aktiveeritud')).toBeVisible();
});
