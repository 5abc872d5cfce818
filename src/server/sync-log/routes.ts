import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { syncLogPageSchema, syncLogQuerySchema } from '../../shared/sync-log';
import { listLogEntries } from './list-log';

/** Sünkroniseerimise logi: every signed-in user may read what was sent, skipped and changed, and by whom. */
export const syncLogRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  app.get(
    '/',
    {
      config: { access: 'user' },
      schema: { querystring: syncLogQuerySchema, response: { 200: syncLogPageSchema } },
    },
    (request) => listLogEntries(db, request.query),
  );
};
