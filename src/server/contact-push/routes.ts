import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contactSmailyStateSchema, pushContactSchema, pushResultSchema } from '../../shared/contact-push';
import { contactParamsSchema } from '../../shared/contacts';
import { currentUser } from '../auth/access';
import { notFound } from '../http/request-error';
import { pushContact } from './push-contact';

/** Edasta Smaily'sse from the contact card, and when the contact last reached Smaily. */
export const contactPushRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  const user = { access: 'user' } as const;

  app.post(
    '/:code/push',
    {
      config: user,
      schema: { params: contactParamsSchema, body: pushContactSchema, response: { 200: pushResultSchema } },
    },
    async (request) => {
      const result = await pushContact(
        { db, smaily: app.smaily, secrets: app.secrets },
        request.params.code,
        request.body.confirm,
        currentUser(request),
      );
      if (!result) throw notFound();
      request.log.info(
        { code: request.params.code, outcome: result.outcome, by: request.user?.id },
        'contact pushed to Smaily',
      );
      return result;
    },
  );

  app.get(
    '/:code/smaily',
    { config: user, schema: { params: contactParamsSchema, response: { 200: contactSmailyStateSchema } } },
    async (request) => {
      const row = await db
        .selectFrom('contacts')
        .select('last_sent_at')
        .where('code', '=', request.params.code)
        .executeTakeFirst();
      if (!row) throw notFound();
      return { lastSentAt: row.last_sent_at };
    },
  );
};
