import { afterEach, describe, expect, it } from 'vitest';
import { testMappingRows } from '../testing/push-fixture';
import { startAutomationTest, type AutomationTest } from '../testing/automatic-sync-test';
import { addTestAccount } from '../testing/smaily-sandbox';

let t: AutomationTest;
afterEach(async () => {
  await t.close();
});

/** The app with one demo contact (100001, region TARTU) and these test contacts, after the first (whole) run. */
async function afterFirstRun(
  contacts: Parameters<AutomationTest['saveContact']>[0][],
  options: { filters?: { custCat?: string }; env?: Record<string, string> } = {},
) {
  t = await startAutomationTest({ contacts: 1, ...(options.env && { env: options.env }) });
  for (const contact of contacts) await t.saveContact(contact);
  await t.configure({ filters: options.filters ?? {} });
  const first = await t.runAndWait();
  expect(first?.status).toBe('completed');
  expect((await t.status()).wholeSelectionDue).toBe(false);
  return first;
}

const outcomesOf = async (jobId: number) =>
  (await t.outcomes(jobId)).map((row) => ({ code: row.code, outcome: row.outcome, reason: row.reason }));

describe('an automatic run sends only what changed', () => {
  it('sends exactly the 3 contacts edited since the last run', async () => {
    const codes = ['K001', 'K002', 'K003', 'K004', 'K005'];
    await afterFirstRun(codes.map((Code) => ({ Code, Classification: ['SAARE'] })));
    for (const Code of ['K002', 'K003', 'K005']) await t.saveContact({ Code, Name: `Uus nimi ${Code}` });
    const before = t.posts().length;
    const job = await t.runAndWait();
    expect(job).toMatchObject({ status: 'completed', startedBy: { id: null, name: null } });
    expect(await outcomesOf(job?.id ?? 0)).toEqual([
      { code: 'K002', outcome: 'sent', reason: null },
      { code: 'K003', outcome: 'sent', reason: null },
      { code: 'K005', outcome: 'sent', reason: null },
    ]);
    expect(t.sentEmailsSince(before).sort()).toEqual(['k002@firma.test', 'k003@firma.test', 'k005@firma.test']);
  });

  it('skips an edited K002 sharing K001’s e-mail as a duplicate and leaves K001 untouched in Smaily', async () => {
    await afterFirstRun([
      { Code: 'K001', Name: 'Esimene', eMail: 'yhine@firma.test' },
      { Code: 'K002', Name: 'Teine', eMail: 'yhine@firma.test' },
    ]);
    await t.saveContact({ Code: 'K002', Name: 'Teine muudetud' });
    const before = t.posts().length;
    const job = await t.runAndWait();
    expect(await outcomesOf(job?.id ?? 0)).toEqual([{ code: 'K002', outcome: 'skipped', reason: 'duplicate-email' }]);
    expect(t.sentEmailsSince(before)).toEqual([]);
    expect(t.sandbox.getContact(t.account.subdomain, 'yhine@firma.test')).toMatchObject({
      fields: { name: 'Esimene' },
    });
  });

  it('sends K002 once K001, whose e-mail it shares, is closed', async () => {
    await afterFirstRun([
      { Code: 'K001', Name: 'Esimene', eMail: 'yhine@firma.test' },
      { Code: 'K002', Name: 'Teine', eMail: 'yhine@firma.test' },
    ]);
    await t.saveContact({ Code: 'K001', blockedFlag: true });
    const job = await t.runAndWait();
    expect(await outcomesOf(job?.id ?? 0)).toEqual([
      { code: 'K001', outcome: 'skipped', reason: 'closed' },
      { code: 'K002', outcome: 'sent', reason: null },
    ]);
    expect(t.sandbox.getContact(t.account.subdomain, 'yhine@firma.test')).toMatchObject({ fields: { name: 'Teine' } });
  });

  it('sends in the following run an edit committed while a run was under way, after it had read the contact', async () => {
    await afterFirstRun([{ Code: 'K001', Name: 'Algne' }], { env: { SMAILY_TIMEOUT_MS: '5000' } });
    await t.saveContact({ Code: 'K001', Name: 'Teine nimi' });
    t.failBatches([{ kind: 'slow', delayMs: 600 }]);
    const started = await t.runNow();
    const jobId = started.lastRun?.job?.id ?? 0;
    // The job has read its contacts (planned) and its batch is with Smaily: now the card changes again.
    await expect
      .poll(
        async () =>
          (await t.testApp.app.db.selectFrom('push_jobs').select('planned').where('id', '=', jobId).executeTakeFirst())
            ?.planned,
        { timeout: 15_000, interval: 5 },
      )
      .toBe(1);
    await t.saveContact({ Code: 'K001', Name: 'Kolmas nimi' });
    expect((await t.waitForEnd(jobId)).counts.sent).toBe(1);
    const next = await t.runAndWait();
    expect(await outcomesOf(next?.id ?? 0)).toEqual([{ code: 'K001', outcome: 'sent', reason: null }]);
    expect(t.sandbox.getContact(t.account.subdomain, 'k001@firma.test')).toMatchObject({
      fields: { name: 'Kolmas nimi' },
    });
  });

  it('sends the contacts of a region renamed while the grid sends its name (Kirjeldus)', async () => {
    await afterFirstRun([
      { Code: 'K001', Classification: ['VILJA'] },
      { Code: 'K002', Classification: ['SAARE'] },
      { Code: 'K003', Classification: ['VILJA'] },
    ]);
    const renamed = await t.admin.put('/api/registers/classifications/VILJA', {
      code: 'VILJA',
      name: 'Viljandi maakond',
      typeCode: 'PIIRK',
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    const before = t.posts().length;
    const job = await t.runAndWait();
    expect((await outcomesOf(job?.id ?? 0)).map((row) => row.code)).toEqual(['K001', 'K003']);
    expect(t.sentEmailsSince(before).length).toBe(2);
    expect(t.sandbox.getContact(t.account.subdomain, 'k003@firma.test')).toMatchObject({
      fields: { piirkond: 'Viljandi maakond' },
    });
  });

  it('sends a contact moved into the selection', async () => {
    await afterFirstRun(
      [
        { Code: 'K001', CustCat: 'PART' },
        { Code: 'K002', CustCat: 'SUUR' },
      ],
      { filters: { custCat: 'PART' } },
    );
    expect(t.sandbox.getContact(t.account.subdomain, 'k002@firma.test')).toBeUndefined();
    await t.saveContact({ Code: 'K002', CustCat: 'PART' });
    const job = await t.runAndWait();
    expect(await outcomesOf(job?.id ?? 0)).toEqual([{ code: 'K002', outcome: 'sent', reason: null }]);
    expect(t.sandbox.getContact(t.account.subdomain, 'k002@firma.test')).toMatchObject({ fields: { klass: 'PART' } });
  });

  it('sends again the contacts that failed in the last run', async () => {
    await afterFirstRun([{ Code: 'K001' }, { Code: 'K002' }, { Code: 'K003' }], {
      env: { SMAILY_RETRY_ATTEMPTS: '1' },
    });
    await t.saveContact({ Code: 'K001', Name: 'Muudetud 1' });
    await t.saveContact({ Code: 'K002', Name: 'Muudetud 2' });
    t.failBatches([503]);
    const failed = await t.runAndWait();
    expect(failed?.counts).toMatchObject({ failed: 2, sent: 0 });
    const job = await t.runAndWait();
    expect(await outcomesOf(job?.id ?? 0)).toEqual([
      { code: 'K001', outcome: 'sent', reason: null },
      { code: 'K002', outcome: 'sent', reason: null },
    ]);
  });

  it('sends the whole selection after the grid changed, and says so when the grid is saved', async () => {
    await afterFirstRun([{ Code: 'K001' }, { Code: 'K002' }]);
    const saved = await t.admin.put('/api/smaily-fields', { rows: testMappingRows.slice(0, 3) });
    expect(saved.json()).toMatchObject({ automaticSyncWholeSelectionDue: true });
    expect((await t.status()).wholeSelectionDue).toBe(true);
    const job = await t.runAndWait();
    expect((await outcomesOf(job?.id ?? 0)).map((row) => row.code)).toEqual(['100001', 'K001', 'K002']);
    expect((await t.status()).wholeSelectionDue).toBe(false);
    expect(await t.runAndWait()).toBeNull();
  });

  it('sends the whole selection to a newly activated Smaily account', async () => {
    await afterFirstRun([{ Code: 'K001' }, { Code: 'K002' }]);
    const other = addTestAccount(t.sandbox);
    expect((await t.activate(other)).statusCode).toBe(200);
    expect((await t.status()).wholeSelectionDue).toBe(true);
    const job = await t.runAndWait();
    expect(job?.subdomain).toBe(other.subdomain);
    expect((await outcomesOf(job?.id ?? 0)).map((row) => row.code)).toEqual(['100001', 'K001', 'K002']);
    expect(t.sandbox.getContact(other.subdomain, 'k002@firma.test')).toBeDefined();
  });

  it('does not send again a contact pushed from its card since', async () => {
    await afterFirstRun([{ Code: 'K001' }, { Code: 'K002' }]);
    await t.saveContact({ Code: 'K001', Name: 'Kaardilt' });
    await t.saveContact({ Code: 'K002', Name: 'Kaardilt ka' });
    const pushed = await t.user.post('/api/contacts/K001/push', { confirm: [] });
    expect(pushed.json()).toMatchObject({ outcome: 'sent' });
    const job = await t.runAndWait();
    expect((await outcomesOf(job?.id ?? 0)).map((row) => row.code)).toEqual(['K002']);
  });

  it('starts no job when nothing changed', async () => {
    await afterFirstRun([{ Code: 'K001' }]);
    const jobs = (await t.jobs()).length;
    const after = await t.runNow();
    expect(after.lastRun).toMatchObject({ outcome: 'nothing-to-send', job: null });
    expect(after.lastRun?.nothingSince).toEqual(after.lastRun?.at);
    expect((await t.jobs()).length).toBe(jobs);
  });
});
