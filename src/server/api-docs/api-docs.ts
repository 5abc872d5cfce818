import swagger, { type FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import packageJson from '../../../package.json' with { type: 'json' };
import type { Access } from '../auth/access';

export const apiDocsPrefix = '/api/docs';

const accessWords: Record<Access, string> = {
  public: 'anyone',
  user: 'any signed-in user',
  admin: 'administrators only',
};

/**
 * The zod schemas of each route as OpenAPI, plus what the reader needs besides: who may call it (the route's
 * declared access, also as `x-access`), the session cookie it needs, and a tag per resource. Only /api is
 * described: the web app's files are not an API.
 */
const transform: FastifyDynamicSwaggerOptions['transform'] = (document) => {
  const { schema, url: routeUrl } = jsonSchemaTransform(document);
  if (!routeUrl.startsWith('/api/')) return { schema: { ...schema, hide: true }, url: routeUrl };
  // A resource's root route ('/' under its prefix) is called without the slash, as the web app calls it.
  const url = routeUrl.replace(/(.)\/$/, '$1');
  const access: Access = document.route.config?.access ?? 'admin';
  const tag = url.split('/')[2] ?? 'api';
  return {
    schema: {
      ...schema,
      tags: [tag],
      description: `Access: ${accessWords[access]}.`,
      security: access === 'public' ? [] : [{ session: [] }],
      'x-access': access,
    },
    url,
  };
};

/**
 * GET /api/docs: a readable reference of the API for administrators, and /api/docs/json its OpenAPI document.
 * Swagger UI's files come from its package (no CDN), so the app's strict content security policy — scripts from
 * the app's own origin only — holds for this page too. Every route of the page, its files included, requires an
 * administrator. Registered before the API's routes, so that it sees each of them.
 */
export async function installApiDocs(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Standard Books ↔ Smaily sync API',
        version: packageJson.version,
        description:
          'The proxy API behind the web app. Sign in with POST /api/auth/login: the session cookie `sid` then ' +
          "goes with every call. A state-changing request (POST, PUT, PATCH, DELETE) must carry the app's own " +
          '`Origin`. A refusal is a 4xx with `{message, errors}`, `errors` naming each field at fault.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sid' } } },
    },
    transform,
  });
  await app.register(async (docs) => {
    docs.addHook('onRoute', (route) => {
      route.config = { ...route.config, access: 'admin' };
    });
    await docs.register(swaggerUi, {
      routePrefix: apiDocsPrefix,
      uiConfig: { docExpansion: 'list', deepLinking: true, defaultModelsExpandDepth: 0 },
    });
  });
}
