import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SessionUser } from '../../shared/auth';
import type { Db } from '../db/database';
import { RequestError } from '../http/request-error';
import { extendSession, findSession, sessionCookie } from './sessions';

/** Who may call a route: anyone, any signed-in user, or administrators only. Every /api route must say. */
export type Access = 'public' | 'user' | 'admin';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    user: SessionUser | null;
  }
}

const mutatingMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface AccessOptions {
  db: Db;
  sessionTtlMs: number;
}

/** The signed-in user of a route that requires one. */
export function currentUser(request: FastifyRequest): SessionUser {
  if (!request.user) throw new RequestError(401, 'signInRequired');
  return request.user;
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, id: string, expiresAt: Date): void {
  reply.setCookie(sessionCookie, id, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(sessionCookie, { path: '/' });
}

function isCrossOrigin(request: FastifyRequest): boolean {
  if (request.headers['sec-fetch-site'] === 'cross-site') return true;
  const origin = request.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host !== request.headers.host;
  } catch {
    return true;
  }
}

/**
 * Runs before body validation (onRequest), so that a caller without a session learns nothing about a route's
 * body: 401 without a session, 403 for the wrong role or a mutating request from another origin.
 */
export function installAccessControl(app: FastifyInstance, { db, sessionTtlMs }: AccessOptions): void {
  app.decorateRequest('user', null);

  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/') && !route.config?.access) {
      throw new Error(`Route ${String(route.method)} ${route.url} does not declare config.access`);
    }
  });

  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    if (mutatingMethods.has(request.method) && isCrossOrigin(request)) throw new RequestError(403, 'crossOrigin');

    const sessionId = request.cookies[sessionCookie];
    if (sessionId) {
      const session = await findSession(db, sessionId);
      if (session) {
        request.user = session.user;
        // Sliding renewal: once half the lifetime has passed, the session is extended on use.
        if (session.expiresAt.getTime() - Date.now() < sessionTtlMs / 2) {
          const expiresAt = new Date(Date.now() + sessionTtlMs);
          await extendSession(db, sessionId, expiresAt);
          setSessionCookie(request, reply, sessionId, expiresAt);
        }
      }
    }

    const access = request.routeOptions.config.access;
    if (access === undefined || access === 'public') return; // undefined: no such route, the 404 handler answers
    if (!request.user) throw new RequestError(401, 'signInRequired');
    if (access === 'admin' && request.user.role !== 'admin') throw new RequestError(403, 'forbidden');
  });
}
