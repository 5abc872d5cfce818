import type { FastifyInstance } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  consentReadSummarySchema,
  contactConsentSchema,
  forgetContactSchema,
  forgetResultSchema,
  smailyViewSchema,
} from '../../shared/consent';
import { contactParamsSchema } from '../../shared/contacts';
import { currentUser } from '../auth/access';
import { notFound, RequestError } from '../http/request-error';
import { activeAccountOrRefuse } from '../push-jobs/job-actions';
import { consentMessages, withFailure } from './consent-messages';
import { contactConsent } from './contact-consent';
import { forgetContact } from './forget';
import { readSmailyConsent, type ConsentDeps } from './read-consent';
import { smailyView } from './smaily-view';

/** The consent read for a caller that needs it: the app's one client, database and page size. */
export const consentDepsOf = (app: FastifyInstance): ConsentDeps => ({
  db: app.db,
  smaily: app.smaily,
  pageSize: app.config.SMAILY_UNSUBSCRIBERS_PAGE_SIZE,
});

/** "Too Smailyst loobujad": Smaily's unsubscribed list, read now by an administrator. */
export const consentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/read',
    { config: { access: 'admin' }, schema: { response: { 200: consentReadSummarySchema } } },
    async (request) => {
      const user = currentUser(request);
      const account = await activeAccountOrRefuse(app.db, app.secrets);
      const read = await readSmailyConsent(consentDepsOf(app), account, user, 'on-demand');
      if (!read.ok) throw new RequestError(502, withFailure(consentMessages.readFailed, read.failure));
      request.log.info({ ...read.summary, by: user.id }, 'consent read from Smaily');
      return read.summary;
    },
  );
};

/** The contact card's consent: its trail, Smaily's view of it, and Unusta Smailys. */
export const contactConsentRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  const params = contactParamsSchema;

  app.get(
    '/:code/consent',
    { config: { access: 'user' }, schema: { params, response: { 200: contactConsentSchema } } },
    async (request) => {
      const consent = await contactConsent(db, request.params.code);
      if (!consent) throw notFound();
      return consent;
    },
  );

  app.get(
    '/:code/smaily/view',
    { config: { access: 'user' }, schema: { params, response: { 200: smailyViewSchema } } },
    async (request) => {
      const view = await smailyView({ db, smaily: app.smaily, secrets: app.secrets }, request.params.code);
      if (!view) throw notFound();
      return view;
    },
  );

  app.post(
    '/:code/forget',
    {
      config: { access: 'admin' },
      schema: { params, body: forgetContactSchema, response: { 200: forgetResultSchema } },
    },
    async (request) => {
      const user = currentUser(request);
      const { code } = request.params;
      if (!(await db.selectFrom('contacts').select('id').where('code', '=', code).executeTakeFirst())) throw notFound();
      const account = await activeAccountOrRefuse(db, app.secrets);
      const result = await forgetContact({ db, smaily: app.smaily }, account, code, request.body.email, user);
      request.log.info({ code, by: user.id }, 'contact forgotten in Smaily');
      return result;
    },
  );
};
