import type { RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app';

/**
 * Who may call each route, written here by hand and not read from the server's own configuration: a route
 * added without a line here fails the first test, and a route whose role drifts fails the others.
 */
const expectedAccess: Record<string, 'public' | 'user' | 'admin'> = {
  'GET /api/health': 'public',
  'GET /api/auth/setup': 'public',
  'POST /api/auth/setup': 'public',
  'POST /api/auth/login': 'public',
  'POST /api/auth/logout': 'user',
  'GET /api/auth/me': 'user',
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
  'GET /api/smaily-log': 'user',
  'POST /api/push-jobs/dry-run': 'user',
  'POST /api/push-jobs': 'user',
  'GET /api/push-jobs': 'user',
  'GET /api/push-jobs/latest': 'user',
  'GET /api/push-jobs/:id': 'user',
  'GET /api/push-jobs/:id/events': 'user',
  'POST /api/push-jobs/:id/cancel': 'user',
  'POST /api/push-jobs/:id/resume': 'user',
  'POST /api/push-jobs/:id/resend': 'user',
  'GET /api/push-jobs/:id/report.csv': 'user',
};

const routes: { method: string; url: string }[] = [];
let testApp: TestApp;
let userCookie: string;

beforeAll(async () => {
  testApp = await createTestApp({
    observeRoute: (route: RouteOptions) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      for (const method of methods) if (method !== 'HEAD' && route.url.startsWith('/api/')) routes.push({ method, url: route.url });
    },
  });
  ({ cookie: userCookie } = await testApp.signIn('user'));
});
afterAll(() => testApp.close());

const concrete = (url: string) => url.replace(/:(\w+)/g, (_, name: string) => (name === 'id' ? '1' : 'X1'));
const key = (route: { method: string; url: string }) => `${route.method} ${route.url}`;
const withBody = (method: string) => ['POST', 'PUT', 'PATCH'].includes(method);

describe('route access', () => {
  it('knows every route the server has', () => {
    expect(routes.length).toBeGreaterThan(10);
    expect(routes.map(key).filter((route) => !(route in expectedAccess))).toEqual([]);
  });

  it('answers 401 without a session on every protected route, even to an invalid body', async () => {
    for (const route of routes.filter((item) => expectedAccess[key(item)] !== 'public')) {
      const response = await testApp.app.inject({
        method: route.method as 'GET',
        url: concrete(route.url),
        ...(withBody(route.method) && { payload: { bogus: 'x'.repeat(5000) } }),
      });
      expect({ route: key(route), status: response.statusCode }).toEqual({ route: key(route), status: 401 });
      expect(response.json()).toEqual({ message: 'Logi sisse' });
    }
  });

  it('answers 403 to a kasutaja on every administrator route', async () => {
    for (const route of routes.filter((item) => expectedAccess[key(item)] === 'admin')) {
      const response = await testApp.app.inject({
        method: route.method as 'GET',
        url: concrete(route.url),
        headers: { cookie: userCookie },
        ...(withBody(route.method) && { payload: {} }),
      });
      expect({ route: key(route), status: response.statusCode }).toEqual({ route: key(route), status: 403 });
    }
  });

  it('lets a kasutaja through on user routes (whatever the route then answers, it is not 401/403)', async () => {
    // Sign-out goes last: it ends the session the others use.
    const userRoutes = routes.filter((item) => expectedAccess[key(item)] === 'user').sort((a) => (a.url === '/api/auth/logout' ? 1 : -1));
    for (const route of userRoutes) {
      const response = await testApp.app.inject({
        method: route.method as 'GET',
        url: concrete(route.url),
        headers: { cookie: userCookie },
        ...(withBody(route.method) && { payload: {} }),
      });
      expect({ route: key(route), denied: [401, 403].includes(response.statusCode) }).toEqual({ route: key(route), denied: false });
    }
  });

  it('refuses a mutating request from another origin', async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/contacts',
      headers: { cookie: userCookie, origin: 'https://evil.example', host: 'localhost:3000' },
      payload: {},
    });
    expect(response.statusCode).toBe(403);
  });

  it('sends security headers with a content security policy', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
  });
});
