import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { generateDemoContacts } from '../src/server/seed/demo-contacts';
import { parseCsv } from '../src/shared/csv';
import { emailKey } from '../src/shared/email';
import { compareCodes, PushDecider, skipReasons, type SkipReason } from '../src/shared/push-rules';
import { expect, test, type SandboxAccount } from './fixtures';

// Three batches for the customer class below, so that a run is a few requests to the sandbox.
test.use({ serverEnv: { SMAILY_BATCH_SIZE: '25' } });

const customerClass = 'VKE';

const reasonWords: Record<SkipReason, string> = {
  closed: 'suletud',
  'no-email': 'e-postita',
  'invalid-email': 'vigase e-postiga',
  'duplicate-email': 'korduva e-postiga',
};
const reportReasons: Record<Exclude<SkipReason, 'duplicate-email'>, string> = {
  closed: 'Suletud',
  'no-email': 'E-post puudub',
  'invalid-email': 'Vigane e-post',
};

/**
 * What a push of one customer class must do, worked out from the fixture alone: the demo's 300 contacts in code
 * order, those of the class, each decided by the rules of a push — the report row the user should read for it.
 */
function expectedPush(custCat: string) {
  const contacts = [...generateDemoContacts(300)]
    .filter((contact) => contact.CustCat === custCat)
    .sort((a, b) => compareCodes(a.Code, b.Code));
  const decider = new PushDecider();
  const skipped = Object.fromEntries(skipReasons.map((reason) => [reason, 0])) as Record<SkipReason, number>;
  const sentEmails: string[] = [];
  const rows = contacts.map((contact) => {
    const decision = decider.decide(contact);
    const row = [contact.Code, contact.Name, contact.eMail];
    if (decision.send) {
      sentEmails.push(contact.eMail);
      return [...row, 'saadetud', '', '', ''];
    }
    skipped[decision.reason] += 1;
    const reason =
      decision.reason === 'duplicate-email'
        ? `Sama e-post kui kontaktil ${decision.duplicateOf}`
        : reportReasons[decision.reason];
    return [...row, 'vahele jäetud', reason, '', ''];
  });
  const skippedTotal = contacts.length - sentEmails.length;
  const reasons = skipReasons
    .filter((reason) => skipped[reason] > 0)
    .map((reason) => `${reasonWords[reason]} ${skipped[reason]}`);
  const counts = `Valituid kontakte ${contacts.length}, edastatakse ${sentEmails.length}, jäetakse vahele ${skippedTotal}${reasons.length > 0 ? `: ${reasons.join(', ')}` : ''}`;
  return { total: contacts.length, sent: sentEmails.length, skipped: skippedTotal, sentEmails, rows, counts };
}

async function activate(page: Page, url: string, account: SandboxAccount) {
  const response = await page.request.post(`${url}/api/smaily/activation`, {
    data: { address: `${account.subdomain}.sendsmaily.net`, username: account.username, password: account.password },
  });
  expect(response.status(), await response.text()).toBe(200);
}

test('a Kliendiklass is pushed from the dialog: fixture counts, live progress, summary, a report row per contact, the sandbox holds exactly the sent e-mails', async ({
  adminPage: page,
  app,
  sandbox,
  smailyAccount,
}) => {
  const expected = expectedPush(customerClass);
  expect(expected.total).toBeGreaterThan(50); // more than two batches of 25
  await activate(page, app.url, smailyAccount);
  // The first batch answers late, so that the dialog is seen while the job runs.
  sandbox.failNext(smailyAccount.subdomain, [{ kind: 'slow', delayMs: 1500 }]);

  await page.goto('/contacts');
  const menu = page.getByRole('navigation', { name: 'Põhimenüü' });
  await menu.getByRole('link', { name: 'Kontaktide andmed Smaily keskkonda' }).click();
  const dialog = page.getByRole('dialog', { name: 'Kontaktide andmed Smaily keskkonda' });
  await expect(dialog.getByRole('status')).toContainText('Valituid kontakte 300');
  await expect(
    dialog.getByRole('checkbox', { name: 'Kinnitan, et Smaily keskkonda edastatakse kõik kontaktid' }),
  ).toBeVisible();

  // By keyboard, as in Standard Books: the focus starts on Kliendiklass, Ctrl+Enter opens its list.
  const customerClassField = dialog.getByRole('combobox', { name: 'Kliendiklass' });
  await expect(customerClassField).toBeFocused();
  await customerClassField.press('Control+Enter');
  await page.getByRole('option', { name: 'VKE — Väikeettevõte' }).click();
  await expect(customerClassField).toHaveValue('VKE — Väikeettevõte');
  await expect(dialog.getByRole('status')).toHaveText(expected.counts);
  await expect(dialog.getByRole('checkbox')).toHaveCount(0);
  await customerClassField.press('Enter');

  const progress = dialog.getByRole('progressbar', { name: 'Edastuse edenemine' });
  await expect(dialog.getByRole('heading', { name: /^Töö nr \d+ · Käib$/ })).toBeVisible();
  await expect(progress).toHaveAttribute('aria-valuenow', /^\d+$/);
  await expect(dialog.getByRole('heading', { name: /^Töö nr \d+ · Lõpetatud$/ })).toBeVisible({ timeout: 20_000 });
  await expect(progress).toHaveAttribute('aria-valuetext', `Töödeldud ${expected.total} / ${expected.total} (100 %)`);
  await expect(dialog.getByText('Edastus on lõppenud', { exact: true })).toBeVisible();
  await expect(dialog).toContainText(`Saadetud ${expected.sent}`);
  await expect(dialog).toContainText(`Vahele jäetud ${expected.skipped}`);
  await expect(dialog).toContainText('Ebaõnnestus 0');
  await expect(dialog).toContainText('Administraator');
  await expect(dialog.getByRole('button', { name: /Saada uuesti ebaõnnestunud/ })).toHaveCount(0);
  const jobId = /\?job=(\d+)$/.exec(page.url())?.[1];
  expect(jobId).toBeDefined();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('link', { name: 'Laadi alla aruanne (CSV)' }).click(),
  ]);
  const text = await readFile((await download.path()) ?? '', 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const report = parseCsv(text);
  expect(report.separator).toBe(';');
  expect(report.header).toEqual(['Kood', 'Nimi', 'E-post', 'Tulemus', 'Põhjus', 'Smaily kood', 'Smaily teade']);
  expect(report.records.map((record) => record.cells)).toEqual(expected.rows);

  const inSandbox = new Set(sandbox.contacts(smailyAccount.subdomain).map((contact) => emailKey(contact.email)));
  expect(inSandbox).toEqual(new Set(expected.sentEmails.map(emailKey)));

  // A reload shows the same job; so does its entry in Smaily logi.
  await page.reload();
  await expect(dialog.getByRole('heading', { name: `Töö nr ${jobId} · Lõpetatud` })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('table', { name: 'Viimased edastused' }).getByRole('row')).toHaveCount(2);
  await menu.getByRole('link', { name: 'Smaily logi' }).click();
  await page
    .getByRole('table', { name: 'Smaily logi' })
    .getByRole('link', { name: `Hulgiedastus nr ${jobId}` })
    .first()
    .click();
  await expect(dialog.getByRole('heading', { name: `Töö nr ${jobId} · Lõpetatud` })).toBeVisible();
  await expect(dialog.getByRole('link', { name: 'Laadi alla aruanne (CSV)' })).toHaveAttribute(
    'href',
    `/api/push-jobs/${jobId}/report.csv?lang=et`,
  );
});
