import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createUserSchema,
  resetPasswordSchema,
  updateUserSchema,
  userParamsSchema,
  userSchema,
} from '../../shared/auth';
import { hashPassword } from '../auth/password';
import { deleteUserSessions } from '../auth/sessions';
import { findUserByEmail, insertUser, toUser } from './users-repository';
import { fieldError, notFound, RequestError } from '../http/request-error';

/** Kasutajad: administrators create users, change their role, reset passwords and deactivate them. */
export const usersRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  const admin = { access: 'admin' } as const;

  app.get('/', { config: admin, schema: { response: { 200: z.array(userSchema) } } }, async () => {
    const rows = await db.selectFrom('users').selectAll().orderBy('name').orderBy('id').execute();
    return rows.map(toUser);
  });

  app.post(
    '/',
    { config: admin, schema: { body: createUserSchema, response: { 201: userSchema } } },
    async (request, reply) => {
      const { name, email, role, password } = request.body;
      if (await findUserByEmail(db, email)) throw fieldError({ email: { text: 'emailTaken' } });
      const row = await insertUser(db, { name, email, role, password });
      request.log.info({ userId: row.id, by: request.user?.id }, 'user created');
      return reply.status(201).send(toUser(row));
    },
  );

  app.patch(
    '/:id',
    { config: admin, schema: { params: userParamsSchema, body: updateUserSchema, response: { 200: userSchema } } },
    async (request) => {
      const { id } = request.params;
      const changes = request.body;
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
        return trx
          .updateTable('users')
          .set({
            ...(changes.role !== undefined && { role: changes.role }),
            ...(changes.name !== undefined && { name: changes.name }),
            ...(changes.active !== undefined && { active: changes.active ? 1 : 0 }),
          })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirstOrThrow();
      });
      if (changes.active === false) await deleteUserSessions(db, id);
      request.log.info({ userId: id, by: request.user?.id }, 'user changed');
      return toUser(updated);
    },
  );

  app.post(
    '/:id/password',
    { config: admin, schema: { params: userParamsSchema, body: resetPasswordSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      const { id } = request.params;
      const result = await db
        .updateTable('users')
        .set({ password_hash: await hashPassword(request.body.password) })
        .where('id', '=', id)
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n) throw notFound();
      await deleteUserSessions(db, id);
      request.log.info({ userId: id, by: request.user?.id }, 'password reset');
      return reply.status(204).send(null);
    },
  );
};
