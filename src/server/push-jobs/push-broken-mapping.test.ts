import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiError } from '../../shared/errors';
import type { DryRun, PushJob } from '../../shared/push-jobs';
import type { MappingRow } from '../../shared/smaily-fields';
import { replaceMappingRows } from '../smaily-fields/mapping-store';
import { testMappingRows } from '../testing/push-fixture';
import { startPushTest, type PushTest } from '../testing/push-test';

let t: PushTest;
afterEach(() => t.close());

// A grid saved before names had to start with a letter or _: the API no longer takes it, so it is put in place.
const oldRow: MappingRow = { smailyField: '3_klass', contactField: 'CustCat', valueKind: 'value', typeCode: null };
const saveOldGrid = () => replaceMappingRows(t.testApp.app.db, [...testMappingRows, oldRow]);

const refusal = {
  et: "Smaily päringu väljade rida 5 („3_klass”) tuleb parandada: Nimi ei tohi alata numbriga: Smaily jätaks sellise välja vaikselt ära. Sobib nt „_3_klass”. Paranda see vaates Kliendihaldus › Seadistused › Smaily päringu väljad; seni ei saadeta Smaily'sse midagi.",
  en: 'Row 5 ("3_klass") of Smaily request fields must be fixed: The name must not start with a digit: Smaily would silently drop the field. "_3_klass" will do. Fix it in CRM › Settings › Smaily request fields; nothing is sent to Smaily until then.',
};

const jobCount = async () =>
  (
    await t.testApp.app.db
      .selectFrom('push_jobs')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
  ).n;

describe('a grid with a row Smaily would drop', () => {
  beforeEach(async () => {
    t = await startPushTest({ contacts: 20, env: { SMAILY_MAX_IN_FLIGHT: '1' } }); // faults served batch by batch
    await saveOldGrid();
  });

  it('the bulk push refuses to start, naming the row and where to fix it, in the language asked for', async () => {
    const et = await t.user.post('/api/push-jobs', { confirmAll: true });
    const en = await t.testApp.as(t.user.cookie, 'en').post('/api/push-jobs', { confirmAll: true });
    expect([et.statusCode, en.statusCode]).toEqual([409, 409]);
    expect([et.json<ApiError>().message, en.json<ApiError>().message]).toEqual([refusal.et, refusal.en]);
    expect(await jobCount()).toBe(0);
    expect(t.posts()).toEqual([]);
  });

  it('the dry run says the same, so the dialog shows it before Käivita', async () => {
    const response = await t.user.post('/api/push-jobs/dry-run', {});
    expect(response.statusCode).toBe(409);
    expect(response.json<ApiError>().message).toBe(refusal.et);
  });

  it('the push from a contact card is refused the same way, and nothing reaches Smaily', async () => {
    const contact = await t.testApp.app.db
      .selectFrom('contacts')
      .select('code')
      .orderBy('code')
      .executeTakeFirstOrThrow();
    const response = await t.user.post(`/api/contacts/${contact.code}/push`, { confirm: [] });
    expect(response.statusCode).toBe(409);
    expect(response.json<ApiError>().message).toBe(refusal.et);
    expect(t.posts()).toEqual([]);
  });

  it('a re-send is refused too; once the row is fixed, pushes start again', async () => {
    await replaceMappingRows(t.testApp.app.db, testMappingRows);
    t.failBatches([503, 503, 503, 503, 503]);
    const failed = await t.waitForEnd((await t.start({ confirmAll: true })).id);
    expect(failed.counts.failed).toBeGreaterThan(0);
    await saveOldGrid();

    const resend = await t.user.post(`/api/push-jobs/${failed.id}/resend`);
    expect(resend.statusCode).toBe(409);
    expect(resend.json<ApiError>().message).toBe(refusal.et);

    const fixed = [...testMappingRows, { ...oldRow, smailyField: '_3_klass' }];
    expect((await t.admin.put('/api/smaily-fields', { rows: fixed })).statusCode).toBe(200);
    expect((await t.user.post('/api/push-jobs/dry-run', {})).json<DryRun>().matching).toBe(20);
    const again = await t.user.post(`/api/push-jobs/${failed.id}/resend`);
    expect(again.statusCode).toBe(201);
    const done = await t.waitForEnd(again.json<PushJob>().id);
    expect(done).toMatchObject({ status: 'completed', counts: { failed: 0 } });
  });
});
