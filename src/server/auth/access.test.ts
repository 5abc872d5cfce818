import Fastify, { type RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../shared/auth';
import { openDatabase } from '../db/database';
import { originPolicy } from '../http/origins';
import { createTestDataDir } from '../testing/data-dir';
import { createTestApp, type TestApp } from '../testing/test-app';
import { installAccessControl, type Access } from './access';

/**
 * Who may call each route, as reviewed by a person: the tests below read each route's access from the server's
 * own route table, and this table checks that what the server declares is what was reviewed. A new route fails
 * the first test until its line is added here.
 */
const expectedAccess: Record<string, 'public' | 'user' | 'admin'> = {
  'GET /api/health': 'public',
  'GET /api/auth/setup': 'public',
  'POST /api/auth/setup': 'public',
  'POST /api/auth/login': 'public',
  'POST /api/auth/logout': 'user',
  'GET /api/auth/me': 'user',
  'POST /api/auth/password': 'user',
  'GET /api/users': 'admin',
  'POST /api/users': 'admin',
  'PATCH /api/users/:id': 'admin',
  'POST /api/users/:id/password': 'admin',
  'GET /api/contacts': 'user',
  'GET /api/contacts/:code': 'user',
  'POST /api/contacts': 'user',
  'PUT /api/contacts/:code': 'user',
  'POST /api/contacts/:code/push': 'user',
  'GET /api/contacts/:code/smaily': 'user',
  'GET /api/contacts/:code/consent': 'user',
  'GET /api/contacts/:code/smaily/view': 'user',
  'POST /api/contacts/:code/forget': 'admin',
  'POST /api/consent/read': 'admin',
  'GET /api/contacts/:code/standard-books': 'user',
  'GET /api/lookups': 'user',
  'GET /api/registers/customer-classes': 'user',
  'POST /api/registers/customer-classes': 'user',
  'PUT /api/registers/customer-classes/:code': 'user',
  'DELETE /api/registers/customer-classes/:code': 'user',
  'GET /api/registers/classification-types': 'user',
  'POST /api/registers/classification-types': 'user',
  'PUT /api/registers/classification-types/:code': 'user',
  'DELETE /api/registers/classification-types/:code': 'user',
  'GET /api/registers/classifications': 'user',
  'POST /api/registers/classifications': 'user',
  'PUT /api/registers/classifications/:code': 'user',
  'DELETE /api/registers/classifications/:code': 'user',
  'GET /api/registers/object-types': 'user',
  'POST /api/registers/object-types': 'user',
  'PUT /api/registers/object-types/:code': 'user',
  'DELETE /api/registers/object-types/:code': 'user',
  'GET /api/registers/objects': 'user',
  'POST /api/registers/objects': 'user',
  'PUT /api/registers/objects/:code': 'user',
  'DELETE /api/registers/objects/:code': 'user',
  'POST /api/import/:target/sessions': 'user',
  'POST /api/import/sessions/:id/rows': 'user',
  'GET /api/import/sessions/:id/preview': 'user',
  'POST /api/import/sessions/:id/commit': 'user',
  'DELETE /api/import/sessions/:id': 'user',
  'GET /api/export/:target': 'user',
  'GET /api/smaily-fields': 'user',
  'PUT /api/smaily-fields': 'admin',
  'GET /api/smaily/status': 'user',
  'POST /api/smaily/activation': 'admin',
  'DELETE /api/smaily/activation': 'admin',
  'GET /api/standard-books/status': 'admin',
  'POST /api/standard-books/check': 'admin',
  'PUT /api/standard-books/connection': 'admin',
  'DELETE /api/standard-books/connection': 'admin',
  'POST /api/standard-books/reads': 'admin',
  'GET /api/standard-books/clashes': 'admin',
  'PUT /api/standard-books/clashes/:code': 'admin',
  'GET /api/standard-books/write-back': 'admin',
  'PUT /api/standard-books/write-back': 'admin',
  'POST /api/standard-books/write-back/runs': 'admin',
  'GET /api/sync-log': 'user',
  'POST /api/push-jobs/dry-run': 'user',
  'POST /api/push-jobs': 'user',
  'GET /api/push-jobs': 'user',
  'GET /api/push-jobs/latest': 'user',
  'GET /api/push-jobs/:id': 'user',
  'POST /api/push-jobs/:id/cancel': 'user',
  'POST /api/push-jobs/:id/resume': 'user',
  'POST /api/push-jobs/:id/resend': 'user',
  'GET /api/push-jobs/:id/report.csv': 'user',
  'GET /api/docs': 'admin',
  'GET /api/docs/static/index.html': 'admin',
  'GET /api/docs/static/swagger-initializer.js': 'admin',
  'GET /api/docs/json': 'admin',
  'GET /api/docs/yaml': 'admin',
  'GET /api/docs/static/*': 'admin',
};

interface Route {
  method: string;
  url: string;
  access: Access | undefined;
}

const routes: Route[] = [];
let testApp: TestApp;
const cookies: Partial<Record<Role, string>> = {};

async function signInAs(role: Role): Promise<void> {
  cookies[role] = (await testApp.signIn(role)).cookie;
}

beforeAll(async () => {
  testApp = await createTestApp({
    observeRoute: (route: RouteOptions) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      // Read when asked, not now: a plugin's own onRoute hook (the static files', the API docs') may still
      // declare the route's access after this one has seen it.
      for (const method of methods)
        if (method !== 'HEAD')
          routes.push({
            method,
            url: route.url,
            get access() {
              return route.config?.access;
            },
          });
    },
  });
  await signInAs('user');
  await signInAs('admin');
});
afterAll(() => testApp.close());

const concrete = (url: string) => url.replace(/:(\w+)/g, (_, name: string) => (name === 'id' ? '1' : 'X1'));
const key = (route: { method: string; url: string }) => `${route.method} ${route.url}`;
const withBody = (method: string) => ['POST', 'PUT', 'PATCH'].includes(method);

/** Ways of writing the same path that the router decodes to the same route, or to none. */
const spellings: Record<string, (path: string) => string> = {
  plain: (path) => path,
  'escaped a': (path) => path.replace(/^\/api\//, '/%61pi/'),
  'escaped i': (path) => path.replace(/^\/api\//, '/ap%69/'),
  'doubled slash': (path) => `/${path}`,
  'dot segment': (path) => path.replace(/^\/api\//, '/api/./'),
  'upper case': (path) => path.replace(/^\/api\//, '/API/'),
};

type Caller = 'nobody' | Role;
const callers: Caller[] = ['nobody', 'user', 'admin'];

async function call(route: Route, caller: Caller, url: string) {
  const response = await testApp.app.inject({
    method: route.method as 'GET',
    url,
    headers: caller === 'nobody' ? {} : { cookie: cookies[caller] ?? '' },
    ...(withBody(route.method) && { payload: {} }),
  });
  if (route.url === '/api/auth/logout' && caller !== 'nobody') await signInAs(caller); // that session just ended
  return response;
}

/** What the plain spelling must answer, from the access the route declares. */
function expectedOutcome(access: Access | undefined, caller: Caller): 'refused 401' | 'refused 403' | 'let through' {
  if (access === 'public') return 'let through';
  if (caller === 'nobody') return 'refused 401';
  if (access === 'admin' && caller === 'user') return 'refused 403';
  return 'let through';
}

const outcomeOf = (status: number) => (status === 401 ? 'refused 401' : status === 403 ? 'refused 403' : 'let through');

describe('route access', () => {
  it('knows every API route the server has, with the access that was reviewed', () => {
    const apiRoutes = routes.filter((route) => route.url.startsWith('/api/'));
    expect(apiRoutes.length).toBeGreaterThan(10);
    expect(apiRoutes.map((route) => [key(route), route.access])).toEqual(
      apiRoutes.map((route) => [key(route), expectedAccess[key(route)]]),
    );
  });

  it('refuses a route that declares no access: the app does not start with one', async () => {
    const data = createTestDataDir();
    const db = await openDatabase(data.dir);
    const app = Fastify();
    installAccessControl(app, { db, sessionTtlMs: 60_000, origins: originPolicy({ HOST: '127.0.0.1' }) });
    app.get('/api/forgotten', () => Promise.resolve('secret'));
    await expect(app.ready()).rejects.toThrow('Routes without config.access: GET /api/forgotten');
    await app.close();
    await db.destroy();
    data.remove();
  });

  // Every route × caller × spelling, from the server's own route table: the plain spelling is answered as the
  // route declares, and any other spelling gets the same answer or the JSON 404 — never a way past the check.
  it.each(callers)('answers every spelling of every route to %s as the plain spelling says', async (caller) => {
    const ordered = [...routes].sort((a) => (a.url === '/api/auth/logout' ? 1 : -1));
    for (const route of ordered) {
      const path = concrete(route.url);
      const plain = await call(route, caller, path);
      expect({ route: key(route), outcome: outcomeOf(plain.statusCode) }).toEqual({
        route: key(route),
        outcome: expectedOutcome(route.access, caller),
      });
      for (const [name, spell] of Object.entries(spellings)) {
        if (name === 'plain') continue;
        const response = await call(route, caller, spell(path));
        const same = response.statusCode === plain.statusCode;
        const jsonNotFound = response.statusCode === 404 && 'message' in response.json<object>();
        expect({ route: key(route), spelling: name, sameOrNotFound: same || jsonNotFound }).toEqual({
          route: key(route),
          spelling: name,
          sameOrNotFound: true,
        });
      }
    }
  });

  it('answers an unknown API path, however spelled, with the JSON 404', async () => {
    for (const url of ['/api/nothing', '/%61pi/nothing', '//api/nothing', '/API/nothing', '/api']) {
      const response = await testApp.app.inject({ method: 'GET', url });
      expect({ url, status: response.statusCode, body: response.json<unknown>() }).toEqual({
        url,
        status: 404,
        body: { message: 'Ei leitud' },
      });
    }
  });
});
