import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createUserSchema,
  resetPasswordSchema,
  updateUserSchema,
  userParamsSchema,
  userSchema,
  type UpdateUserInput,
} from '../../shared/auth';
import type { UserAuditAction } from '../../shared/sync-log';
import { currentUser } from '../auth/access';
import { hashPassword } from '../auth/password';
import { deleteUserSessions } from '../auth/sessions';
import type { UserRow } from '../db/schema';
import { findUserByEmail, insertUserWithHash, toUser } from './users-repository';
import { fieldError, notFound, RequestError } from '../http/request-error';
import { logUserChange } from './user-audit';

/** What a PATCH actually changed, in the words of Sünkroniseerimise logi: a field set to its current value is no change. */
function changedActions(before: UserRow, changes: UpdateUserInput): UserAuditAction[] {
  const actions: UserAuditAction[] = [];
  if (changes.name !== undefined && changes.name !== before.name) actions.push('renamed');
  if (changes.role !== undefined && changes.role !== before.role) actions.push('role-changed');
  if (changes.active === false && before.active === 1) actions.push('deactivated');
  if (changes.active === true && before.active === 0) actions.push('reactivated');
  return actions;
}

/**
 * Kasutajad: administrators create users, change their role, reset passwords and deactivate them. Each change
 * is written to Sünkroniseerimise logi with who made it, in the transaction that makes it.
 */
export const usersRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  const admin = { access: 'admin' } as const;
  const now = () => new Date(app.now());

  app.get('/', { config: admin, schema: { response: { 200: z.array(userSchema) } } }, async () => {
    const rows = await db.selectFrom('users').selectAll().orderBy('name').orderBy('id').execute();
    return rows.map(toUser);
  });

  app.post(
    '/',
    { config: admin, schema: { body: createUserSchema, response: { 201: userSchema } } },
    async (request, reply) => {
      const { name, email, role, password } = request.body;
      const by = currentUser(request);
      if (await findUserByEmail(db, email)) throw fieldError({ email: { text: 'emailTaken' } });
      const passwordHash = await hashPassword(password);
      const row = await db.transaction().execute(async (trx) => {
        const created = await insertUserWithHash(trx, { name, email, role, passwordHash });
        await logUserChange(trx, { by, target: created, action: 'created', at: now() });
        return created;
      });
      request.log.info({ userId: row.id, by: by.id }, 'user created');
      return reply.status(201).send(toUser(row));
    },
  );

  app.patch(
    '/:id',
    { config: admin, schema: { params: userParamsSchema, body: updateUserSchema, response: { 200: userSchema } } },
    async (request) => {
      const { id } = request.params;
      const changes = request.body;
      const by = currentUser(request);
      const updated = await db.transaction().execute(async (trx) => {
        const user = await trx.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
        if (!user) throw notFound();
        const losesAdmin =
          user.role === 'admin' && user.active === 1 && (changes.role === 'user' || changes.active === false);
        if (losesAdmin) {
          const { count } = await trx
            .selectFrom('users')
            .select((eb) => eb.fn.countAll<number>().as('count'))
            .where('role', '=', 'admin')
            .where('active', '=', 1)
            .executeTakeFirstOrThrow();
          if (Number(count) <= 1) throw new RequestError(409, 'lastAdmin');
        }
        const after = await trx
          .updateTable('users')
          .set({
            ...(changes.role !== undefined && { role: changes.role }),
            ...(changes.name !== undefined && { name: changes.name }),
            ...(changes.active !== undefined && { active: changes.active ? 1 : 0 }),
          })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirstOrThrow();
        const at = now();
        for (const action of changedActions(user, changes)) {
          const previousName = action === 'renamed' ? user.name : undefined;
          await logUserChange(trx, { by, target: after, action, at, previousName });
        }
        return after;
      });
      if (changes.active === false) await deleteUserSessions(db, id);
      request.log.info({ userId: id, by: by.id }, 'user changed');
      return toUser(updated);
    },
  );

  app.post(
    '/:id/password',
    { config: admin, schema: { params: userParamsSchema, body: resetPasswordSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      const { id } = request.params;
      const by = currentUser(request);
      const passwordHash = await hashPassword(request.body.password);
      await db.transaction().execute(async (trx) => {
        const user = await trx
          .updateTable('users')
          .set({ password_hash: passwordHash })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirst();
        if (!user) throw notFound();
        await deleteUserSessions(trx, id);
        await logUserChange(trx, { by, target: user, action: 'password-reset', at: now() });
      });
      request.log.info({ userId: id, by: by.id }, 'password reset');
      return reply.status(204).send(null);
    },
  );
};
