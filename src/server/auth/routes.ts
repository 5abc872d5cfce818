import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  changeOwnPasswordSchema,
  firstAdminSchema,
  loginSchema,
  sessionUserSchema,
  setupStatusSchema,
  type SessionUser,
} from '../../shared/auth';
import type { Db } from '../db/database';
import { fieldError, RequestError } from '../http/request-error';
import { logUserChange } from '../users/user-audit';
import { clearSessionCookie, currentUser, setSessionCookie } from './access';
import { LoginLimiter } from './login-limiter';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password';
import { createSession, deleteOtherSessions, deleteSession, sessionCookie } from './sessions';
import { countUsers, findUserByEmail, insertUser, toUser } from '../users/users-repository';

/** A refused attempt: 429 with the wait, in minutes for the user and in seconds for a client. */
function refuseAttempt(reply: FastifyReply, waitMs: number): never {
  void reply.header('retry-after', Math.ceil(waitMs / 1000));
  throw new RequestError(429, 'tooManyAttempts', {}, { minutes: Math.max(1, Math.ceil(waitMs / 60000)) });
}

/** Judged by the socket only: a forwarded header is whatever the sender wants it to be. */
function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config } = app;
  const sessionTtlMs = config.SESSION_TTL_MINUTES * 60 * 1000;
  // Behind a reverse proxy (TRUST_PROXY) every visitor arrives from the proxy's address, which may well be the
  // machine itself: the first administrator then comes from ADMIN_EMAIL/ADMIN_PASSWORD instead.
  const setupAllowed = (request: FastifyRequest) => !config.TRUST_PROXY && isLoopback(request.socket.remoteAddress);
  const limiter = new LoginLimiter(
    db,
    {
      perAccount: config.LOGIN_MAX_ATTEMPTS,
      perAddress: config.LOGIN_MAX_ATTEMPTS_PER_ADDRESS,
      windowMs: config.LOGIN_WINDOW_MS,
    },
    app.now,
  );

  app.get(
    '/setup',
    { config: { access: 'public' }, schema: { response: { 200: setupStatusSchema } } },
    async (request) => ({
      needsSetup: (await countUsers(db)) === 0,
      setupAllowed: setupAllowed(request),
    }),
  );

  app.post(
    '/setup',
    { config: { access: 'public' }, schema: { body: firstAdminSchema, response: { 201: sessionUserSchema } } },
    async (request, reply) => {
      if (!setupAllowed(request)) throw new RequestError(403, 'setupLocalOnly');
      // Checked and written in one transaction, so that two first-run forms cannot both succeed.
      const user = await db.transaction().execute(async (trx) => {
        if ((await countUsers(trx)) > 0) throw new RequestError(409, 'setupDone');
        return insertUser(trx, { ...request.body, role: 'admin' });
      });
      request.log.info({ userId: user.id }, 'first administrator created');
      const session = await createSession(db, user.id, sessionTtlMs);
      setSessionCookie(request, reply, session.id, session.expiresAt);
      const { id, name, email, role } = toUser(user);
      return reply.status(201).send({ id, name, email, role });
    },
  );

  app.post(
    '/login',
    { config: { access: 'public' }, schema: { body: loginSchema, response: { 200: sessionUserSchema } } },
    async (request, reply): Promise<SessionUser> => {
      const { email, password } = request.body;
      const reservation = await limiter.reserve({ address: request.ip, email });
      if (!reservation.allowed) refuseAttempt(reply, reservation.waitMs);
      const found = await findUserByEmail(db, email);
      const user = found?.active === 1 ? found : undefined;
      const valid = await verifyPassword(password, user?.password_hash ?? (await dummyPasswordHash()));
      if (!user || !valid) {
        request.log.info('sign-in failed');
        throw new RequestError(401, 'wrongCredentials');
      }
      await reservation.succeeded();
      const session = await createSession(db, user.id, sessionTtlMs);
      setSessionCookie(request, reply, session.id, session.expiresAt);
      request.log.info({ userId: user.id }, 'signed in');
      return { id: user.id, name: user.name, email: user.email, role: user.role };
    },
  );

  app.post(
    '/logout',
    { config: { access: 'user' }, schema: { response: { 204: z.null() } } },
    async (request, reply) => {
      const sessionId = request.cookies[sessionCookie];
      if (sessionId) await deleteSession(db, sessionId);
      clearSessionCookie(request, reply);
      return reply.status(204).send(null);
    },
  );

  // The current password is checked under the sign-in limits of the user's account and address: a session left
  // open on someone's screen is not a way to try passwords faster than the sign-in page allows.
  app.post(
    '/password',
    { config: { access: 'user' }, schema: { body: changeOwnPasswordSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      const me = currentUser(request);
      const reservation = await limiter.reserve({ address: request.ip, email: me.email });
      if (!reservation.allowed) refuseAttempt(reply, reservation.waitMs);
      const row = await db.selectFrom('users').selectAll().where('id', '=', me.id).executeTakeFirstOrThrow();
      if (!(await verifyPassword(request.body.currentPassword, row.password_hash))) {
        request.log.info({ userId: me.id }, 'own password change refused: wrong current password');
        throw fieldError({ currentPassword: { text: 'wrongCurrentPassword' } });
      }
      await reservation.succeeded();
      const passwordHash = await hashPassword(request.body.password);
      const keep = request.cookies[sessionCookie] ?? '';
      const ended = await db.transaction().execute(async (trx) => {
        await trx.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', me.id).execute();
        await logUserChange(trx, { by: me, target: row, action: 'password-changed', at: new Date(app.now()) });
        return deleteOtherSessions(trx, me.id, keep);
      });
      request.log.info({ userId: me.id, endedSessions: ended }, 'own password changed');
      return reply.status(204).send(null);
    },
  );

  app.get('/me', { config: { access: 'user' }, schema: { response: { 200: sessionUserSchema } } }, (request) =>
    Promise.resolve(currentUser(request)),
  );
};

/** An operator's way to start: ADMIN_EMAIL/ADMIN_PASSWORD create the first administrator, only while none exists. */
export async function createAdminFromSettings(
  db: Db,
  email: string | undefined,
  password: string | undefined,
): Promise<boolean> {
  if (!email || !password || (await countUsers(db)) > 0) return false;
  await insertUser(db, { name: 'Administraator', email, role: 'admin', password });
  return true;
}
