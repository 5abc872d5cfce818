import cookie from '@fastify/cookie';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type RouteOptions } from 'fastify';
import type { Logger } from 'pino';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { installApiDocs } from './api-docs/api-docs';
import { installAccessControl } from './auth/access';
import { authRoutes, createAdminFromSettings } from './auth/routes';
import type { Config } from './config';
import { consentRoutes, contactConsentRoutes } from './consent/routes';
import { contactPushRoutes } from './contact-push/routes';
import { contactsRoutes } from './contacts/routes';
import { openDatabase } from './db/database';
import { answerRouterError, installErrorHandler } from './http/error-handler';
import { originPolicy } from './http/origins';
import { installSecurityHeaders } from './http/security';
import { installStaticFiles } from './http/static-files';
import { exportRoutes } from './import-export/export-routes';
import { importRoutes } from './import-export/import-routes';
import { smailyFieldsRoutes } from './smaily-fields/routes';
import { pushJobsRoutes } from './push-jobs/routes';
import { lookupsRoutes } from './lookups/routes';
import { smailyAccountRoutes } from './smaily-account/routes';
import { standardBooksMasterRoutes } from './standard-books-sync/master-routes';
import { sbContactOriginRoutes, standardBooksSyncRoutes } from './standard-books-sync/routes';
import { syncLogRoutes } from './sync-log/routes';
import { registersRoutes } from './registers/routes';
import { installServices } from './services/services';
import { usersRoutes } from './users/routes';

export interface BuildAppOptions {
  config: Config;
  logger: Logger;
  /** Where the built web app is; tests that only call the API leave it out. */
  webRoot?: string;
  /** Sees every route as Fastify registers it: lets a test list the routes from Fastify itself. */
  observeRoute?: (route: RouteOptions) => void;
  /** The clock of the sign-in limits; tests move it instead of waiting. */
  now?: () => number;
}

/** The proxy: opens the database (migrating it), then wires plugins and one route folder per resource. */
export async function buildApp({
  config,
  logger,
  webRoot,
  observeRoute,
  now,
}: BuildAppOptions): Promise<FastifyInstance> {
  const db = await openDatabase(config.DATA_DIR);
  if (await createAdminFromSettings(db, config.ADMIN_EMAIL, config.ADMIN_PASSWORD)) {
    logger.info({ email: config.ADMIN_EMAIL }, 'first administrator created from ADMIN_EMAIL');
  }

  const fastifyLogger: FastifyBaseLogger = logger; // keeps the app typed with Fastify's own logger interface
  const app = Fastify({
    loggerInstance: fastifyLogger,
    // Only a proxy the operator named may say who the client is (X-Forwarded-For) and how it came (-Proto).
    trustProxy: config.TRUST_PROXY ?? false,
    bodyLimit: 20 * 1024 * 1024,
    // A URL the router cannot decode: the app's own answer, which (unlike Fastify's) does not echo the URL.
    frameworkErrors: answerRouterError,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  if (observeRoute) app.addHook('onRoute', observeRoute);
  installServices(app, { config, db, logger, now: now ?? Date.now });

  installErrorHandler(app);
  await installSecurityHeaders(app);
  await app.register(cookie);
  installAccessControl(app, {
    db,
    sessionTtlMs: config.SESSION_TTL_MINUTES * 60 * 1000,
    origins: originPolicy(config),
  });
  await installStaticFiles(app, webRoot);
  await installApiDocs(app);

  app.get(
    '/api/health',
    { config: { access: 'public' }, schema: { response: { 200: z.object({ status: z.literal('ok') }) } } },
    () => Promise.resolve({ status: 'ok' as const }),
  );
  await app.register(authRoutes, { prefix: '/api/auth' });
  await app.register(usersRoutes, { prefix: '/api/users' });
  await app.register(contactsRoutes, { prefix: '/api/contacts' });
  await app.register(contactPushRoutes, { prefix: '/api/contacts' });
  await app.register(contactConsentRoutes, { prefix: '/api/contacts' });
  await app.register(consentRoutes, { prefix: '/api/consent' });
  await app.register(sbContactOriginRoutes, { prefix: '/api/contacts' });
  await app.register(lookupsRoutes, { prefix: '/api/lookups' });
  await app.register(registersRoutes, { prefix: '/api/registers' });
  await app.register(importRoutes, { prefix: '/api/import' });
  await app.register(exportRoutes, { prefix: '/api/export' });
  await app.register(smailyFieldsRoutes, { prefix: '/api/smaily-fields' });
  await app.register(smailyAccountRoutes, { prefix: '/api/smaily' });
  await app.register(standardBooksSyncRoutes, { prefix: '/api/standard-books' });
  await app.register(standardBooksMasterRoutes, { prefix: '/api/standard-books' });
  await app.register(syncLogRoutes, { prefix: '/api/sync-log' });
  await app.register(pushJobsRoutes, { prefix: '/api/push-jobs' });
  return app;
}
