import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { mappingSchema } from '../../shared/smaily-fields';
import { currentUser } from '../auth/access';
import { loadMappingRows } from './mapping-store';
import { saveMapping } from './save-mapping';

/** Smaily päringu väljad: every signed-in user may read the grid (a push uses it); only administrators change it. */
export const smailyFieldsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  app.get('/', { config: { access: 'user' }, schema: { response: { 200: mappingSchema } } }, async () => ({
    rows: await loadMappingRows(db),
  }));

  app.put(
    '/',
    { config: { access: 'admin' }, schema: { body: mappingSchema, response: { 200: mappingSchema } } },
    async (request) => {
      const user = currentUser(request);
      const rows = await saveMapping(db, request.body.rows, user);
      request.log.info({ rows: rows.length, by: user.id }, 'smaily field mapping saved');
      return { rows };
    },
  );
};
