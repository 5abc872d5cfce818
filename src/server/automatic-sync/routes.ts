import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { automaticSyncSettingsSchema, automaticSyncStatusSchema } from '../../shared/automatic-sync';
import { currentUser } from '../auth/access';

/**
 * Kliendihaldus › Seadistused › Smaily automaatne edastus (administrators): the settings, the status, "Käivita
 * kohe" and resuming after a pause. The runs themselves are started by the service (services/services.ts).
 */
export const automaticSyncRoutes: FastifyPluginAsyncZod = async (app) => {
  const { automaticSync } = app;
  const admin = { access: 'admin' } as const;
  const status = { 200: automaticSyncStatusSchema };

  app.get('/', { config: admin, schema: { response: status } }, () => automaticSync.status());

  app.put('/', { config: admin, schema: { body: automaticSyncSettingsSchema, response: status } }, async (request) => {
    const user = currentUser(request);
    const result = await automaticSync.save(request.body, user);
    request.log.info({ settings: result.settings, by: user.id }, 'automatic sync settings saved');
    return result;
  });

  app.post(
    '/run',
    { config: admin, schema: { response: { 202: automaticSyncStatusSchema } } },
    async (request, reply) => {
      const result = await automaticSync.runNow();
      request.log.info({ by: request.user?.id, outcome: result.lastRun?.outcome }, 'automatic sync run on demand');
      return reply.status(202).send(result);
    },
  );

  app.post('/resume', { config: admin, schema: { response: status } }, async (request) => {
    const result = await automaticSync.resume(currentUser(request));
    request.log.info({ by: request.user?.id }, 'automatic sync resumed');
    return result;
  });
};
