import type { RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Access } from '../auth/access';
import { createTestApp, type TestApp } from '../testing/test-app';

interface Operation {
  tags?: string[];
  'x-access'?: Access;
  security?: unknown[];
}
interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, Operation>>;
}

const routes: { method: string; url: string; access: Access | undefined }[] = [];
let testApp: TestApp;
let admin: string;
let user: string;

beforeAll(async () => {
  testApp = await createTestApp({
    observeRoute: (route: RouteOptions) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      for (const method of methods) routes.push({ method, url: route.url, access: route.config?.access });
    },
  });
  admin = (await testApp.signIn('admin')).cookie;
  user = (await testApp.signIn('user')).cookie;
});
afterAll(() => testApp.close());

const get = (url: string, cookie?: string) =>
  testApp.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });

describe('API reference (/api/docs)', () => {
  it('describes every API route in its OpenAPI document, with the access the route declares', async () => {
    const response = await get('/api/docs/json', admin);
    expect(response.statusCode).toBe(200);
    const document = response.json<OpenApiDocument>();
    expect(document.info.title).toBe('Standard Books ↔ Smaily sync API');

    const api = routes.filter(
      (route) => route.url.startsWith('/api/') && !route.url.startsWith('/api/docs') && route.method !== 'HEAD',
    );
    expect(api.length).toBeGreaterThan(50);
    const described = api.map((route) => {
      const path = route.url.replace(/:(\w+)/g, '{$1}');
      const operation = document.paths[path]?.[route.method.toLowerCase()];
      return { route: `${route.method} ${route.url}`, access: operation?.['x-access'] };
    });
    expect(described).toEqual(api.map((route) => ({ route: `${route.method} ${route.url}`, access: route.access })));
    // Nothing else: the reference itself and the web app's files are not part of the API.
    const paths = Object.keys(document.paths);
    expect(paths.filter((path) => !path.startsWith('/api/') || path.startsWith('/api/docs'))).toEqual([]);
  });

  it('says what a route takes and answers, from its zod schemas', async () => {
    const document = (await get('/api/docs/json', admin)).json<OpenApiDocument>();
    const password = document.paths['/api/auth/password']?.post as unknown as {
      requestBody: { content: { 'application/json': { schema: { required: string[] } } } };
      responses: Record<string, unknown>;
    };
    expect(password.requestBody.content['application/json'].schema.required).toEqual([
      'currentPassword',
      'password',
      'passwordRepeat',
    ]);
    expect(Object.keys(password.responses)).toEqual(['204']);
    expect(document.paths['/api/auth/login']?.post?.security).toEqual([]);
    expect(document.paths['/api/contacts']?.get?.security).toEqual([{ session: [] }]);
  });

  it('is refused without a session and to a kasutaja, page, document and files alike', async () => {
    for (const url of ['/api/docs', '/api/docs/', '/api/docs/json', '/api/docs/static/swagger-ui-bundle.js']) {
      expect({ url, nobody: (await get(url)).statusCode, kasutaja: (await get(url, user)).statusCode }).toEqual({
        url,
        nobody: 401,
        kasutaja: 403,
      });
    }
  });

  it('serves the page and Swagger UI’s files from the app itself, under its strict content security policy', async () => {
    const page = await get('/api/docs/', admin);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const sources = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(sources.length).toBeGreaterThan(3);
    expect(sources.filter((source) => /^(https?:)?\/\//.test(source))).toEqual([]);
    expect(page.body).not.toMatch(/<script>(?!\s*<\/script>)/); // no inline script for the policy to block
    const bundle = await get('/api/docs/static/swagger-ui-bundle.js', admin);
    expect(bundle.statusCode).toBe(200);
    expect(bundle.headers['content-type']).toContain('javascript');
  });
});
