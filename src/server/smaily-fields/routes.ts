import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { mappingSchema, savedMappingSchema } from '../../shared/smaily-fields';
import { currentUser } from '../auth/access';
import { isWholeSelectionDue, readAutomationRow } from '../automatic-sync/settings-store';
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
    {
      config: { access: 'admin' },
      schema: {
        body: mappingSchema,
        // True while the automatic sync is on and its next run sends the whole selection (a changed grid does that).
        response: { 200: savedMappingSchema },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const rows = await saveMapping(db, request.body.rows, user);
      request.log.info({ rows: rows.length, by: user.id }, 'smaily field mapping saved');
      const automation = await readAutomationRow(db);
      const wholeDue = automation.enabled === 1 && isWholeSelectionDue(automation);
      return { rows, ...(wholeDue && { automaticSyncWholeSelectionDue: true }) };
    },
  );
};
