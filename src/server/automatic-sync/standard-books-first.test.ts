import { afterEach, describe, expect, it } from 'vitest';
import type { SbStatus } from '../../shared/standard-books-sync';
import type { StandardBooksSandbox } from '../../standard-books-sandbox/types';
import { startAutomationTest, type AutomationTest } from '../testing/automatic-sync-test';
import { newSbCompany, startSbTestSandbox } from '../testing/standard-books-sandbox';
import { sbTestEnv } from '../testing/standard-books-sync-test';

let t: AutomationTest;
let sb: StandardBooksSandbox;
afterEach(async () => {
  await t.close();
  await sb.close();
});

/** The automation over a connected Standard Books company with no contacts of its own (its code lists only). */
async function connected(env: Record<string, string> = {}) {
  sb = await startSbTestSandbox();
  t = await startAutomationTest({ contacts: 1, env: { ...sbTestEnv, ...env } });
  const company = newSbCompany(sb, 0);
  const saved = await t.admin.put('/api/standard-books/connection', company);
  expect(saved.statusCode, saved.body).toBe(200);
  await t.configure();
  return company;
}

describe('a read from Standard Books before an automatic run', () => {
  it('reads Standard Books first, so the run sends a contact made there since', async () => {
    const { companyNo } = await connected();
    sb.putRecord(companyNo, 'CUVc', { Code: 'SB001', Name: 'Standard Booksi firma', eMail: 'sb001@firma.test' });
    const job = await t.runAndWait();
    expect((await t.outcomes(job?.id ?? 0)).map((row) => row.code)).toContain('SB001');
    const status = (await t.admin.get('/api/standard-books/status')).json<SbStatus>();
    expect(status.read.last).toMatchObject({ trigger: 'automatic', mode: 'incremental' });
  });

  it('sends nothing when the read fails, and pauses after three failures in a row', async () => {
    const { companyNo } = await connected({ AUTOMATIC_SYNC_SB_MAX_AGE_MINUTES: '0', SB_RETRY_ATTEMPTS: '1' });
    for (const attempt of [1, 2, 3]) {
      sb.failNext(companyNo, [503]);
      const status = await t.runNow();
      expect(status.lastRun?.outcome, `attempt ${attempt}`).toBe('standard-books-read-failed');
      expect(status.paused === null, `attempt ${attempt}`).toBe(attempt < 3);
    }
    expect((await t.status()).paused).toMatchObject({ reason: 'standard-books-read-failed' });
    expect(await t.jobs()).toEqual([]);
    expect(t.posts()).toEqual([]);
  });
});
