import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  chooseSbClashSchema,
  sbClashListSchema,
  sbClashParamsSchema,
  sbMasterTexts,
  sbWriteBackStatusSchema,
  setSbWriteBackSchema,
} from '../../shared/standard-books-master';
import { sbFailureTexts } from '../../shared/standard-books-sync';
import { currentUser } from '../auth/access';
import { RequestError } from '../http/request-error';
import { chooseClash, listClashes } from './clashes';
import { loadWriteBackStatus, setWriteBack } from './write-back-store';

/** Standard Books ühendus (administrators): the code clashes to decide and the consent write-back. */
export const standardBooksMasterRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  const admin = { access: 'admin' } as const;

  app.get('/clashes', { config: admin, schema: { response: { 200: sbClashListSchema } } }, () => listClashes(db));

  app.put(
    '/clashes/:code',
    {
      config: admin,
      schema: { params: sbClashParamsSchema, body: chooseSbClashSchema, response: { 200: sbClashListSchema } },
    },
    async (request) => {
      const user = currentUser(request);
      const { code } = request.params;
      if (!(await chooseClash(db, code, request.body.choice, user, new Date(app.now())))) {
        throw new RequestError(404, sbMasterTexts.noClash);
      }
      request.log.info({ code, choice: request.body.choice, by: user.id }, 'standard books clash chosen');
      return listClashes(db);
    },
  );

  app.get('/write-back', { config: admin, schema: { response: { 200: sbWriteBackStatusSchema } } }, () =>
    loadWriteBackStatus(db),
  );

  app.put(
    '/write-back',
    { config: admin, schema: { body: setSbWriteBackSchema, response: { 200: sbWriteBackStatusSchema } } },
    async (request) => {
      const user = currentUser(request);
      if (await setWriteBack(db, request.body.enabled, user, new Date(app.now()))) {
        request.log.info({ enabled: request.body.enabled, by: user.id }, 'standard books write-back set');
      }
      return loadWriteBackStatus(db);
    },
  );

  app.post(
    '/write-back/runs',
    { config: admin, schema: { response: { 200: sbWriteBackStatusSchema } } },
    async (request) => {
      const user = currentUser(request);
      const outcome = await app.sbReader.writeBackNow(user);
      if (outcome === 'running') throw new RequestError(409, sbMasterTexts.writeBusy);
      if (outcome === 'writing') throw new RequestError(409, sbMasterTexts.writeAlreadyRunning);
      if (outcome === 'not-connected') throw new RequestError(409, sbFailureTexts['not-connected']);
      request.log.info({ ...outcome, by: user.id }, 'standard books write-back run');
      return loadWriteBackStatus(db);
    },
  );
};
