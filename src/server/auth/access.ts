import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import type { SessionUser } from '../../shared/auth';
import type { Db } from '../db/database';
import type { OriginPolicy } from '../http/origins';
import { RequestError } from '../http/request-error';
import { extendSession, findSession, sessionCookie } from './sessions';

/** Who may call a route: anyone, any signed-in user, or administrators only. Every route must say. */
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

const texts = {
  unknownHost: {
    et: 'Rakendus ei vasta sellel aadressil (vt seadet PUBLIC_ORIGIN)',
    en: 'The app does not answer at this address (see the PUBLIC_ORIGIN setting)',
  },
} as const;

export interface AccessOptions {
  db: Db;
  sessionTtlMs: number;
  origins: OriginPolicy;
}

/** The signed-in user of a route that requires one. */
export function currentUser(request: FastifyRequest): SessionUser {
  if (!request.user) throw new RequestError(401, 'signInRequired');
  return request.user;
}

/** Secure whenever the browser reached us over HTTPS: directly, or through a proxy named in TRUST_PROXY. */
function cookieAttributes(request: FastifyRequest) {
  return { path: '/', httpOnly: true, sameSite: 'strict', secure: request.protocol === 'https' } as const;
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, id: string, expiresAt: Date): void {
  reply.setCookie(sessionCookie, id, { ...cookieAttributes(request), expires: expiresAt });
}

/** With the attributes it was set with: a browser keeps a Secure cookie that a plain clear does not match. */
export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(sessionCookie, cookieAttributes(request));
}

/**
 * A state-changing request must say it comes from the app's own page: an allowed Origin, or (for a browser
 * that sends none) Sec-Fetch-Site: same-origin. A form on another site, or a rebound DNS name, has neither.
 */
function isSameOrigin(request: FastifyRequest, origins: OriginPolicy): boolean {
  const origin = request.headers.origin;
  if (origin !== undefined) return origins.allowsOrigin(origin, request.socket.localPort);
  return request.headers['sec-fetch-site'] === 'same-origin';
}

async function loadSessionUser(request: FastifyRequest, reply: FastifyReply, db: Db, sessionTtlMs: number) {
  const sessionId = request.cookies[sessionCookie];
  if (!sessionId) return;
  const session = await findSession(db, sessionId);
  if (!session) return;
  request.user = session.user;
  // Sliding renewal: once half the lifetime has passed, the session is extended on use.
  if (session.expiresAt.getTime() - Date.now() < sessionTtlMs / 2) {
    const expiresAt = new Date(Date.now() + sessionTtlMs);
    await extendSession(db, sessionId, expiresAt);
    setSessionCookie(request, reply, sessionId, expiresAt);
  }
}

/**
 * Runs first on every request (onRequest, before body validation, so a caller without a session learns nothing
 * about a route's body). Access is read from the route the router matched — never from the URL text, which a
 * client can spell in many ways that the router decodes to the same route. A route that declares no access is
 * refused (fail closed), and the app does not start with one.
 */
export function installAccessControl(app: FastifyInstance, { db, sessionTtlMs, origins }: AccessOptions): void {
  app.decorateRequest('user', null);

  const routes: RouteOptions[] = [];
  app.addHook('onRoute', (route) => {
    routes.push(route);
  });
  app.addHook('onReady', async () => {
    const undeclared = routes.filter((route) => !route.config?.access);
    if (undeclared.length > 0) {
      const names = undeclared.map((route) => `${String(route.method)} ${route.url}`).join(', ');
      throw new Error(`Routes without config.access: ${names}`);
    }
  });

  app.addHook('onRequest', async (request, reply) => {
    if (!origins.allowsHost(request.host, request.socket.localPort)) throw new RequestError(403, texts.unknownHost);
    if (mutatingMethods.has(request.method) && !isSameOrigin(request, origins))
      throw new RequestError(403, 'crossOrigin');
    if (request.is404) return; // no route: the not-found handler answers, with nothing to give away

    const access = request.routeOptions.config.access;
    if (access === undefined) throw new RequestError(403, 'forbidden');
    if (access === 'public') return;
    await loadSessionUser(request, reply, db, sessionTtlMs);
    if (!request.user) throw new RequestError(401, 'signInRequired');
    if (access === 'admin' && request.user.role !== 'admin') throw new RequestError(403, 'forbidden');
  });
}
