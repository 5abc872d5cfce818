import { createUser, expect, signIn, test } from './fixtures';

test.describe('an empty register', () => {
  test.use({ demoContacts: 0 });

  test('Sünkroniseerimise logi shows the failed and the successful activation with the user’s name, to a kasutaja too', async ({
    adminPage: page,
    smailyAccount,
    app,
  }) => {
    const activate = (password: string) =>
      page.request.post(`${app.url}/api/smaily/activation`, {
        data: { address: `${smailyAccount.subdomain}.sendsmaily.net`, username: smailyAccount.username, password },
      });
    expect((await activate('vale-salasona')).status()).toBe(422);
    expect((await activate(smailyAccount.password)).status()).toBe(200);

    const kasutaja = await createUser(page, app.url, 'Kalle Kasutaja');
    await page.context().clearCookies();
    await signIn(page, app.url, kasutaja);
    await page.goto('/contacts');
    await page
      .getByRole('navigation', { name: 'Põhimenüü' })
      .getByRole('link', { name: 'Sünkroniseerimise logi' })
      .click();

    const table = page.getByRole('table', { name: 'Sünkroniseerimise logi' });
    const rows = table.getByRole('row');
    await expect(rows).toHaveCount(4);
    const [userAdded, activated, oldest] = [rows.nth(1), rows.nth(2), rows.nth(3)];
    // Adding the kasutaja is itself in the log, with who did it.
    for (const text of ['Administraator', 'Kasutajate muutmine', 'Kalle Kasutaja', 'Tegevus: kasutaja lisati']) {
      await expect(userAdded).toContainText(text);
    }
    for (const text of ['Administraator', 'Aktiveerimine', 'Smaily liidestus', 'Õnnestus']) {
      await expect(activated).toContainText(text);
    }
    await expect(activated.getByRole('listitem')).toHaveText([
      `Aadress: ${smailyAccount.subdomain}.sendsmaily.net`,
      'Tulemus: Registreerimine õnnestus',
    ]);
    for (const text of [
      'Administraator',
      'Aktiveerimine',
      'Ebaõnnestus',
      '401',
      'Smaily ei tunne seda kasutajatunnust ja salasõna',
    ]) {
      await expect(oldest).toContainText(text);
    }

    await page.getByRole('combobox', { name: 'Tulemus' }).click();
    await page.getByRole('option', { name: 'Ebaõnnestus' }).click();
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1)).toContainText('401');
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Tulemus' })).toHaveValue('Ebaõnnestus');
    await expect(rows).toHaveCount(2);

    // Smaily logi's old address, with its filter, still leads here.
    await page.goto('/crm/smaily-log?outcome=failed');
    await expect(page).toHaveURL(/\/crm\/sync-log\?outcome=failed$/);
    await expect(rows).toHaveCount(2);
  });
});

test("an all-contacts job's entries name their selection, and a skipped push says its outcome once", async ({
  adminPage: page,
  smailyAccount,
}) => {
  const post = async (route: string, data: unknown) => {
    const response = await page.request.post(route, { data });
    expect(response.status(), await response.text()).toBeLessThan(300);
    return (await response.json()) as { id: number; status: string };
  };
  await post('/api/smaily/activation', {
    address: `${smailyAccount.subdomain}.sendsmaily.net`,
    username: smailyAccount.username,
    password: smailyAccount.password,
  });
  const job = await post('/api/push-jobs', { confirmAll: true });
  await expect
    .poll(
      async () => ((await (await page.request.get(`/api/push-jobs/${job.id}`)).json()) as { status: string }).status,
    )
    .toBe('completed');
  // 100006 has no e-mail in the demo data (e2e/smaily-push-expected.ts says which codes): the rules skip it.
  await post('/api/contacts/100006/push', { confirm: [] });

  await page.goto('/crm/sync-log');
  const rows = page.getByRole('table', { name: 'Sünkroniseerimise logi' }).getByRole('row');
  const [skipped, ended, started] = [rows.nth(1), rows.nth(2), rows.nth(3)];
  await expect(skipped.getByRole('cell').nth(5)).toHaveText('Vahele jäetud');
  await expect(skipped.getByRole('listitem')).toHaveText(['Põhjus: e-post puudub']);
  await expect(started.getByRole('listitem')).toHaveText([
    'Tegevus: alustatud',
    `Aadress: ${smailyAccount.subdomain}.sendsmaily.net`,
    'Valik: kõik kontaktid',
    'Kokku: 300',
  ]);
  await expect(ended.getByRole('listitem')).toContainText([
    'Tegevus: lõpetatud',
    'Valik: kõik kontaktid',
    'Arvud: Kokku: 300; Saadetud: 268; Vahele jäetud: 32; Ebaõnnestunud: 0; Saatmata: 0; Töötlemata: 0',
  ]);

  await page.getByText('English').click();
  const inEnglish = page.getByRole('table', { name: 'Sync log' }).getByRole('row');
  await expect(inEnglish.nth(3).getByRole('listitem')).toContainText(['Selection: all contacts']);
  await expect(inEnglish.nth(1).getByRole('cell').nth(5)).toHaveText('Skipped');
});
