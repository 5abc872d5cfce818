import { expect } from 'vitest';
import type { AutomaticSyncSettings, AutomaticSyncStatus } from '../../shared/automatic-sync';
import { emptyContactInput, type ContactInput } from '../../shared/contacts';
import type { PushJob } from '../../shared/push-jobs';
import { polling, rowsOf, startPushTest, type PushTest } from './push-test';

export interface AutomationTest extends PushTest {
  /** PUT /api/automatic-sync as the administrator, on by default; fails the test unless 200. */
  configure: (settings?: Partial<AutomaticSyncSettings>) => Promise<AutomaticSyncStatus>;
  status: () => Promise<AutomaticSyncStatus>;
  /** "Käivita kohe"; fails the test unless 202. */
  runNow: () => Promise<AutomaticSyncStatus>;
  /** "Käivita kohe", then waits for the run's job to end; null when the run started no job. */
  runAndWait: () => Promise<PushJob | null>;
  /** A contact saved through the card's API (created, or changed when it exists). */
  saveContact: (input: Partial<ContactInput> & { Code: string }) => Promise<void>;
  /** Every job, newest first. */
  jobs: () => Promise<PushJob[]>;
  /** The e-mails Smaily got (contact.php rows) after the first `from` posts. */
  sentEmailsSince: (from: number) => string[];
}

/** A test contact: a name, an e-mail of its own, in class VKE and region TARTU unless told otherwise. */
export const testContact = (input: Partial<ContactInput> & { Code: string }): ContactInput => ({
  ...emptyContactInput,
  Name: `Firma ${input.Code}`,
  eMail: `${input.Code.toLowerCase()}@firma.test`,
  CustCat: 'VKE',
  Classification: ['TARTU'],
  ...input,
});

/** A push test (sandbox account, test grid) with the automatic sync's API at hand. */
export async function startAutomationTest(
  options: Parameters<typeof startPushTest>[0] & { env?: Record<string, string> },
): Promise<AutomationTest> {
  const test = await startPushTest({
    ...options,
    // The periodic check would race the test's own ticks: tests call tick() themselves.
    env: { AUTOMATIC_SYNC_CHECK_INTERVAL_MS: '3600000', ...options.env },
  });
  const { admin } = test;
  const ok = async <T>(response: Promise<{ statusCode: number; body: string; json: <U>() => U }>, code = 200) => {
    const answer = await response;
    if (answer.statusCode !== code) throw new Error(`expected ${code}, got ${answer.statusCode} ${answer.body}`);
    return answer.json<T>();
  };
  const status = () => ok<AutomaticSyncStatus>(admin.get('/api/automatic-sync'));
  const runNow = () => ok<AutomaticSyncStatus>(admin.post('/api/automatic-sync/run'), 202);
  return {
    ...test,
    configure: async (settings = {}) =>
      ok<AutomaticSyncStatus>(
        admin.put('/api/automatic-sync', {
          enabled: true,
          schedule: 'hourly',
          dailyAt: '03:30',
          filters: {},
          ...settings,
        }),
      ),
    status,
    runNow,
    runAndWait: async () => {
      const after = await runNow();
      const job = after.lastRun?.outcome === 'job' ? after.lastRun.job : null;
      return job ? test.waitForEnd(job.id) : null;
    },
    saveContact: async (input) => {
      const exists = (await admin.get(`/api/contacts/${input.Code}`)).statusCode === 200;
      const current = exists ? (await admin.get(`/api/contacts/${input.Code}`)).json<ContactInput>() : null;
      const body = current ? { ...pick(current), ...input } : testContact(input);
      const response = exists
        ? await admin.put(`/api/contacts/${input.Code}`, body)
        : await admin.post('/api/contacts', body);
      expect(response.statusCode, response.body).toBe(exists ? 200 : 201);
    },
    jobs: async () => (await admin.get('/api/push-jobs?pageSize=100')).json<{ items: PushJob[] }>().items,
    sentEmailsSince: (from) =>
      test
        .posts()
        .slice(from)
        .flatMap(rowsOf)
        .map((row) => String(row.email)),
  };
}

/** The fields of a stored contact that its input carries (the response has more). */
function pick(contact: ContactInput): ContactInput {
  const keys = Object.keys(emptyContactInput) as (keyof ContactInput)[];
  return Object.fromEntries(keys.map((key) => [key, contact[key]])) as ContactInput;
}

export { polling };
