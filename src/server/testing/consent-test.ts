import type { ConsentReadSummary, ContactConsent } from '../../shared/consent';
import type { Contact, ContactInput } from '../../shared/contacts';
import type { DryRun } from '../../shared/push-jobs';
import type { SyncLogEntry, SyncLogPage } from '../../shared/sync-log';
import type { PushTest } from './push-test';

/** What the consent tests ask the app, on a push test: each call through the API, as the screens make it. */
export function consentCalls(t: PushTest) {
  const card = async (code: string) => (await t.user.get(`/api/contacts/${code}`)).json<Contact>();
  return {
    /** "Too Smailyst loobujad", by the administrator. */
    readNow: async () => {
      const response = await t.admin.post('/api/consent/read');
      if (response.statusCode !== 200) throw new Error(`consent read failed: ${response.statusCode} ${response.body}`);
      return response.json<ConsentReadSummary>();
    },
    consent: async (code: string) => (await t.user.get(`/api/contacts/${code}/consent`)).json<ContactConsent>(),
    dryRun: async (filters: Record<string, string> = {}) =>
      (await t.user.post('/api/push-jobs/dry-run', filters)).json<DryRun>(),
    card,
    /** Saves the card with these changes, as Salvesta does. */
    saveCard: async (code: string, change: Partial<ContactInput>) => {
      const { DateCreated: _created, DateChanged: _changed, ...input } = await card(code);
      const response = await t.user.put(`/api/contacts/${code}`, { ...input, ...change });
      if (response.statusCode !== 200) throw new Error(`save failed: ${response.statusCode} ${response.body}`);
    },
    /** Sünkroniseerimise logi's entries of a kind, newest first. */
    log: async (kind: string): Promise<SyncLogEntry[]> =>
      (await t.user.get(`/api/sync-log?kind=${kind}`)).json<SyncLogPage>().items,
    /** The sandbox's requests for the unsubscribed list. */
    listReads: () =>
      t.sandbox
        .requests(t.account.subdomain)
        .filter((request) => request.endpoint === 'contact.php' && request.query.list === '2'),
  };
}
