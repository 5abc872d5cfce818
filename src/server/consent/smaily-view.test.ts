import { afterEach, describe, expect, it } from 'vitest';
import type { SmailyView } from '../../shared/consent';
import { startPushTest, type PushTest } from '../testing/push-test';

let t: PushTest;
afterEach(() => t.close());

const view = async (t: PushTest, code: string) => {
  const response = await t.user.get(`/api/contacts/${code}/smaily/view`);
  expect(response.statusCode).toBe(200);
  return response.json<SmailyView>();
};

describe("the card's view of Smaily", () => {
  it('shows whether Smaily mails the person, since when, and the mapped fields it holds, storing nothing', async () => {
    t = await startPushTest({ contacts: 10 });
    const push = await t.user.post('/api/contacts/100001/push', { confirm: [] });
    expect(push.statusCode).toBe(200);
    const subscribedAt = t.sandbox.getContact(t.account.subdomain, 'info@arma.test')?.subscribedAt;

    expect(await view(t, '100001')).toEqual({
      kind: 'found',
      email: 'info@arma.test',
      subscribed: true,
      since: new Date(Math.floor((subscribedAt ?? 0) / 1000) * 1000).toISOString(),
      // In the grid's order (testMappingRows), without the e-mail itself.
      fields: [
        { name: 'name', value: 'Ärma OÜ' },
        { name: 'piirkond', value: 'Tartumaa' },
        { name: 'klass', value: 'VKE' },
      ],
    });

    t.sandbox.unsubscribe(t.account.subdomain, 'info@arma.test', new Date('2026-03-12T12:05:00Z'));
    expect(await view(t, '100001')).toMatchObject({ subscribed: false, since: '2026-03-12T12:05:00.000Z' });
    // Read, not stored: the card's trail learns of it only from a consent read.
    expect((await t.user.get('/api/contacts/100001/consent')).json()).toMatchObject({ smailyUnsubscribe: null });
  });

  it("gives Smaily's answer for an address it does not know, and says why it did not ask", async () => {
    t = await startPushTest({ contacts: 10 });
    expect(await view(t, '100002')).toEqual({ kind: 'unknown', smailyCode: 206 });
    expect(await view(t, '100006')).toEqual({ kind: 'not-read', reason: 'no-email' });
    t.sandbox.updateAccount(t.account.subdomain, { password: 'muudetud' });
    expect(await view(t, '100002')).toEqual({
      kind: 'failed',
      reason: 'wrong-credentials',
      smailyCode: 401,
      smailyMessage: null,
    });
    await t.admin.delete('/api/smaily/activation');
    expect(await view(t, '100002')).toEqual({ kind: 'not-read', reason: 'smaily-inactive' });
    expect((await t.user.get('/api/contacts/NOPE/smaily/view')).statusCode).toBe(404);
  });
});
