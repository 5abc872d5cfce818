import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { smailyLogPageSchema, smailyLogQuerySchema } from '../../shared/smaily-log';
import { listLogEntries } from './list-log';

/** Smaily logi: every signed-in user may read what was sent, skipped and changed, and by whom. */
export const smailyLogRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  app.get(
    '/',
    {
      config: { access: 'user' },
      schema: { querystring: smailyLogQuerySchema, response: { 200: smailyLogPageSchema } },
    },
    (request) => listLogEntries(db, request.query),
  );
};
