import { expect, it } from 'vitest';
import { createTestApp } from '../testing/test-app';
import { createSession } from './sessions';

it('deletes expired sessions on a timer, and keeps the live ones', async () => {
  const testApp = await createTestApp({ env: { SESSION_PURGE_INTERVAL_MS: '20' } });
  const { userId } = await testApp.signIn('user');
  const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
  await createSession(testApp.app.db, userId, 60_000, hourAgo); // ended 59 minutes ago

  const countSessions = async () =>
    (
      await testApp.app.db
        .selectFrom('sessions')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow()
    ).count;
  await expect.poll(countSessions).toBe(1);
  expect(testApp.logText()).toContain('expired sessions deleted');
  await testApp.close();
});
