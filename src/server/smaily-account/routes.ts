import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  activationFailureTexts,
  activationInputSchema,
  smailyAddressProblems,
  smailyStatusSchema,
} from '../../shared/smaily-account';
import { parseSmailyAddress } from '../../shared/smaily-address';
import { currentUser } from '../auth/access';
import { fieldError, RequestError } from '../http/request-error';
import { activateSmaily, deactivateSmaily } from './activation';
import { loadStatus } from './account-status';

const notActive = {
  et: 'Smaily liidestus pole aktiveeritud',
  en: 'The Smaily integration is not activated',
};

/**
 * Each kind of refused address in its own words (the shared schema alone would only say "invalid value"), before
 * anything else looks at the body: a hostile address never reaches the Smaily client.
 */
async function checkAddress(request: FastifyRequest): Promise<void> {
  const body = request.body;
  if (typeof body !== 'object' || body === null || !('address' in body) || typeof body.address !== 'string') return;
  const parsed = parseSmailyAddress(body.address);
  if (!parsed.ok) throw fieldError({ address: { text: smailyAddressProblems[parsed.reason] } });
}

/** E-teenuste seadistused › Smaily: every user reads the status; administrators activate and deactivate. */
export const smailyAccountRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  const status = () => loadStatus(db, app.secrets);

  app.get('/status', { config: { access: 'user' }, schema: { response: { 200: smailyStatusSchema } } }, status);

  app.post(
    '/activation',
    {
      config: { access: 'admin' },
      preValidation: checkAddress,
      schema: { body: activationInputSchema, response: { 200: smailyStatusSchema } },
    },
    async (request) => {
      const user = currentUser(request);
      const { address: subdomain, username, password } = request.body;
      const result = await activateSmaily(
        { db, smaily: app.smaily, secrets: app.secrets },
        { subdomain, username, password },
        user,
      );
      if (!result.ok) {
        request.log.info({ subdomain, result: result.failure.code, by: user.id }, 'smaily activation failed');
        throw new RequestError(result.failure.httpStatus, activationFailureTexts[result.failure.code]);
      }
      request.log.info({ subdomain, by: user.id }, 'smaily activated');
      return status();
    },
  );

  app.delete(
    '/activation',
    { config: { access: 'admin' }, schema: { response: { 200: smailyStatusSchema } } },
    async (request) => {
      const user = currentUser(request);
      if (!(await deactivateSmaily(db, user))) throw new RequestError(409, notActive);
      request.log.info({ by: user.id }, 'smaily deactivated');
      return status();
    },
  );
};
