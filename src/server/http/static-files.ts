import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ApiError } from '../../shared/errors';
import { localize } from '../../shared/messages';
import { requestLanguage } from './error-handler';

/** dist/web, seen from the bundled server (dist/server) or from this source file (src/server/http). */
export const webRoot =
  [path.resolve(import.meta.dirname, '../web'), path.resolve(import.meta.dirname, '../../../dist/web')].find((candidate) =>
    existsSync(path.join(candidate, 'index.html')),
  ) ?? path.resolve(import.meta.dirname, '../../../dist/web');

/**
 * Serves the built web app and answers every other GET with index.html, so that deep links such as
 * /contacts/K001 work after a reload. Unknown /api paths get a JSON 404.
 */
export async function installStaticFiles(app: FastifyInstance, root = webRoot): Promise<void> {
  const hasBuild = existsSync(path.join(root, 'index.html'));
  if (hasBuild) await app.register(fastifyStatic, { root, wildcard: false, index: false });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.method !== 'GET' || !hasBuild) {
      return reply.status(404).send({ message: localize('notFound', requestLanguage(request)) } satisfies ApiError);
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
