import { readFile, writeFile } from 'node:fs/promises';
import { toCsv } from '../src/shared/csv';
import { expect, test } from './fixtures';

test('import contacts from CSV: columns matched by their Estonian names, preview with a rejected row and both its errors, confirm, find the contact', async ({
  adminPage: page,
}, testInfo) => {
  const file = testInfo.outputPath('kontaktid.csv');
  await writeFile(
    file,
    toCsv([
      ['Kood', 'Nimi', 'E-post', 'Kliendiklass', 'Klassifikaator', 'Telefon'],
      ['IMP-1', 'Õunaaia Talu OÜ', 'info@ounaaia.test', 'VKE', 'TARTU,UUDIS', '+372 600 1234'],
      ['100001', 'Ärma OÜ', 'uus@arma.test', 'VKE', 'HARJU', ''],
      ['IMP-2', '', '', 'XYZ', '', ''],
    ]),
  );

  await page.goto('/import-export');
  const chooser = page.waitForEvent('filechooser');
  await page.getByLabel('CSV-fail').click();
  await (await chooser).setFiles(file);
  await expect(page.getByText('3 andmerida · eraldaja: semikoolon')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Väli veerule „E-post”' })).toHaveValue('E-post (eMail)');
  await expect(page.getByRole('combobox', { name: 'Väli veerule „Klassifikaator”' })).toHaveValue(
    'Klassifikaator (Classification)',
  );

  await page.getByRole('button', { name: 'Eelvaade' }).click();
  await expect(page.getByRole('group', { name: 'Luuakse' })).toContainText('1');
  await expect(page.getByRole('group', { name: 'Uuendatakse' })).toContainText('1');
  await expect(page.getByRole('group', { name: 'Tagasi lükatud' })).toContainText('1');
  const rejected = page.getByRole('table', { name: 'Tagasi lükatud read' }).getByRole('row');
  await expect(rejected).toHaveCount(2);
  await expect(rejected.nth(1).getByRole('cell').first()).toHaveText('4');
  await expect(rejected.nth(1).getByRole('cell').nth(1)).toHaveText('IMP-2');
  // Two errors on one row: both are shown, one per line.
  await expect(rejected.nth(1).getByRole('listitem')).toHaveText([
    'Nimi: Kohustuslik väli',
    'Kliendiklass: Sellist kliendiklassi pole',
  ]);

  // Nothing is saved before the confirmation.
  expect((await page.request.get('/api/contacts/IMP-1')).status()).toBe(404);
  await page.getByRole('button', { name: 'Kinnita import' }).click();
  await expect(page.getByRole('status')).toContainText('Loodi 1, uuendati 1, muutmata 0, tagasi lükatud 1.');

  await page.getByRole('link', { name: 'Ava Kontaktid' }).click();
  await page.getByRole('searchbox', { name: 'Otsi' }).fill('õunaaia');
  await expect(page.getByRole('row').filter({ hasText: 'Õunaaia Talu OÜ' })).toHaveCount(1);
  await page.getByRole('link', { name: 'IMP-1' }).click();
  await expect(page.getByLabel('Telefon')).toHaveValue('+372 600 1234');
  await expect(page.getByRole('combobox', { name: 'Kliendiklass' })).toHaveValue('VKE — Väikeettevõte');
});

test('export the filtered register as CSV for Excel', async ({ adminPage: page }) => {
  await page.goto('/import-export?custCat=SUUR');
  await expect(page.getByRole('combobox', { name: 'Kliendiklass' })).toHaveValue('SUUR — Suurklient');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Ekspordi CSV' }).click();
  const saved = await (await download).path();
  const text = await readFile(saved, 'utf8');
  expect(text.startsWith('\uFEFFCode;Name;CustType;CustCat;')).toBe(true);
  const records = text.trim().split('\r\n').slice(1);
  expect(records.length).toBeGreaterThan(0);
  expect(records.every((record) => record.split(';')[3] === 'SUUR')).toBe(true);
});
