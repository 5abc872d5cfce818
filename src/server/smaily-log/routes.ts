import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { smailyLogPageSchema, smailyLogQuerySchema } from '../../shared/smaily-log';
import type { Db } from '../db/database';
import { listLogEntries } from './list-log';

/** Smaily logi: every signed-in user may read what was sent, skipped and changed, and by whom. */
export const smailyLogRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/',
    {
      config: { access: 'user' },
      schema: { querystring: smailyLogQuerySchema, response: { 200: smailyLogPageSchema } },
    },
    (request) => listLogEntries(db, request.query),
  );
};
