import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ApiError } from '../../shared/errors';
import { localize } from '../../shared/messages';
import { isApiPath } from './api-path';
import { requestLanguage } from './error-handler';

/** dist/web, seen from the bundled server (dist/server) or from this source file (src/server/http). */
export const webRoot =
  [path.resolve(import.meta.dirname, '../web'), path.resolve(import.meta.dirname, '../../../dist/web')].find(
    (candidate) => existsSync(path.join(candidate, 'index.html')),
  ) ?? path.resolve(import.meta.dirname, '../../../dist/web');

/**
 * Serves the built web app (its files are public, like every page before sign-in) and answers every other GET
 * with index.html, so that deep links such as /contacts/K001 work after a reload. Unknown paths under /api —
 * however spelled — and other methods get the app's JSON 404.
 */
export async function installStaticFiles(app: FastifyInstance, root = webRoot): Promise<void> {
  const hasBuild = existsSync(path.join(root, 'index.html'));
  await app.register(async (files) => {
    files.addHook('onRoute', (route) => {
      route.config = { ...route.config, access: 'public' };
    });
    if (hasBuild) await files.register(fastifyStatic, { root, wildcard: false, index: false });
    files.setNotFoundHandler((request, reply) => {
      const page = hasBuild && (request.method === 'GET' || request.method === 'HEAD') && !isApiPath(request.url);
      if (!page)
        return reply.status(404).send({ message: localize('notFound', requestLanguage(request)) } satisfies ApiError);
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    });
  });
}
