import cookie from '@fastify/cookie';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type RouteOptions } from 'fastify';
import type { Logger } from 'pino';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { installAccessControl } from './auth/access';
import { purgeExpiredSessions } from './auth/sessions';
import { authRoutes, createAdminFromSettings } from './auth/routes';
import type { Config } from './config';
import { contactPushRoutes } from './contact-push/routes';
import { contactsRoutes } from './contacts/routes';
import { openDatabase, type Db } from './db/database';
import { answerRouterError, installErrorHandler } from './http/error-handler';
import { originPolicy } from './http/origins';
import { installSecurityHeaders } from './http/security';
import { installStaticFiles } from './http/static-files';
import { exportRoutes } from './import-export/export-routes';
import { importRoutes } from './import-export/import-routes';
import { importLimitsFromConfig } from './import-export/import-sessions';
import { mappingRoutes } from './smaily-fields/routes';
import { pushJobsRoutes } from './push-jobs/routes';
import { lookupsRoutes } from './lookups/routes';
import { createSecretBox } from './secrets/secret-box';
import { loadSecretKey } from './secrets/secret-key';
import { smailyAccountRoutes } from './smaily-account/routes';
import { smailyLogRoutes } from './smaily-log/routes';
import { createSmailyClient } from './smaily/client';
import { smailyClientOptionsFromConfig } from './smaily/options-from-config';
import type { SmailyClient } from './smaily/types';
import { registersRoutes } from './registers/routes';
import { usersRoutes } from './users/routes';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    config: Config;
    /** The one Smaily client of the process: every call to Smaily goes through it. */
    smaily: SmailyClient;
  }
}

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
export async function buildApp({ config, logger, webRoot, observeRoute, now }: BuildAppOptions): Promise<FastifyInstance> {
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
  app.decorate('db', db);
  app.decorate('config', config);
  app.decorate('smaily', createSmailyClient(smailyClientOptionsFromConfig(config, logger)));
  app.decorate('secrets', createSecretBox(loadSecretKey(config)));
  app.addHook('onClose', () => db.destroy());

  installErrorHandler(app);
  await installSecurityHeaders(app);
  await app.register(cookie);
  const sessionTtlMs = config.SESSION_TTL_MINUTES * 60 * 1000;
  installAccessControl(app, { db, sessionTtlMs, origins: originPolicy(config) });
  purgeExpiredSessions(app, db, config.SESSION_PURGE_INTERVAL_MS);
  await installStaticFiles(app, webRoot);

  app.get('/api/health', { config: { access: 'public' }, schema: { response: { 200: z.object({ status: z.literal('ok') }) } } }, () =>
    Promise.resolve({ status: 'ok' as const }),
  );
  await app.register(authRoutes, {
    prefix: '/api/auth',
    db,
    firstRunPageAllowed: !config.TRUST_PROXY,
    sessionTtlMs,
    loginMaxAttempts: config.LOGIN_MAX_ATTEMPTS,
    loginMaxAttemptsPerAddress: config.LOGIN_MAX_ATTEMPTS_PER_ADDRESS,
    loginWindowMs: config.LOGIN_WINDOW_MS,
    now,
  });
  await app.register(usersRoutes, { prefix: '/api/users', db });
  await app.register(contactsRoutes, { prefix: '/api/contacts', db });
  await app.register(contactPushRoutes, { prefix: '/api/contacts', db });
  await app.register(lookupsRoutes, { prefix: '/api/lookups', db });
  await app.register(registersRoutes, { prefix: '/api/registers', db });
  await app.register(importRoutes, { prefix: '/api/import', db, limits: importLimitsFromConfig(config) });
  await app.register(exportRoutes, { prefix: '/api/export', db });
  await app.register(mappingRoutes, { prefix: '/api/smaily-fields', db });
  await app.register(smailyAccountRoutes, { prefix: '/api/smaily', db });
  await app.register(smailyLogRoutes, { prefix: '/api/smaily-log', db });
  await app.register(pushJobsRoutes, { prefix: '/api/push-jobs', db }); // also runs the jobs: resumes them when ready, stops on close
  return app;
}
