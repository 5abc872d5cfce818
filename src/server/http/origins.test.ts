import { request as httpRequest } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config';
import { createTestDataDir } from '../testing/data-dir';
import { spawnApp } from '../testing/spawn-app';
import { createTestApp, type TestApp } from '../testing/test-app';

const apps: TestApp[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

async function appWith(env: Record<string, string> = {}, webRoot?: string): Promise<TestApp> {
  const app = await createTestApp({ env, ...(webRoot && { webRoot }) });
  apps.push(app);
  return app;
}

let codeCounter = 0;
const newCode = () => `K${++codeCounter}`;

const firstAdmin = { name: 'Anna', email: 'anna@example.test', password: 'anna-pass-1', passwordRepeat: 'anna-pass-1' };

describe('the Host header (DNS rebinding)', () => {
  it('refuses a foreign Host, even with a matching Origin: first run, sign-in and a state-changing call', async () => {
    const { app, signIn } = await appWith();
    const { cookie } = await signIn('admin');
    const foreign = { host: 'rebound.example:3000', origin: 'http://rebound.example:3000' };
    const calls = [
      { method: 'GET', url: '/api/auth/setup' },
      { method: 'POST', url: '/api/auth/setup', payload: firstAdmin },
      { method: 'POST', url: '/api/auth/login', payload: { email: 'anna@example.test', password: 'x' } },
      { method: 'POST', url: '/api/registers/customer-classes', payload: { code: 'EE', name: 'Eesti' } },
      { method: 'GET', url: '/api/contacts' },
    ] as const;
    for (const { method, url, ...rest } of calls) {
      const response = await app.inject({ method, url, headers: { ...foreign, cookie }, ...rest });
      expect({ url, status: response.statusCode }).toEqual({ url, status: 403 });
      expect(response.json<{ message: string }>().message).toContain('PUBLIC_ORIGIN');
    }
  });

  it('answers the loopback aliases, on the port the request came in on', async () => {
    const { app, signIn } = await appWith();
    const { cookie } = await signIn('user');
    for (const host of ['localhost:3000', '127.0.0.1:3000', '[::1]:3000']) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/registers/customer-classes',
        headers: { host, origin: `http://${host}`, cookie },
        payload: { code: newCode(), name: 'Klass' },
      });
      expect({ host, status: response.statusCode }).toEqual({ host, status: 201 });
    }

    // Over a real socket the port is known: another port of the same name is someone else's.
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const port = new URL(address).port;
    const statusWithHost = (host: string) =>
      new Promise<number>((resolve, reject) => {
        const sent = httpRequest(`${address}/api/health`, { headers: { host } }, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        sent.on('error', reject);
        sent.end();
      });
    expect(await statusWithHost(`127.0.0.1:${port}`)).toBe(200);
    expect(await statusWithHost(`localhost:${port}`)).toBe(200);
    expect(await statusWithHost('localhost:5173')).toBe(200); // npm run dev forwards with its own Host
    expect(await statusWithHost(`localhost:${Number(port) + 1}`)).toBe(403);
    expect(await statusWithHost(`evil.example:${port}`)).toBe(403);
    expect(await statusWithHost(`evil.example@localhost:${port}`)).toBe(403);
  });

  it('with PUBLIC_ORIGIN, answers only the origins listed', async () => {
    const { app, signIn } = await appWith({ PUBLIC_ORIGIN: 'https://sync.example.ee, https://crm.example.ee:8443' });
    const { cookie } = await signIn('user');
    const post = (host: string, origin: string) =>
      app.inject({
        method: 'POST',
        url: '/api/registers/customer-classes',
        headers: { host, origin, cookie },
        payload: { code: newCode(), name: 'Klass' },
      });
    expect((await post('sync.example.ee', 'https://sync.example.ee')).statusCode).toBe(201);
    expect((await post('sync.example.ee:443', 'https://sync.example.ee')).statusCode).toBe(201);
    expect((await post('crm.example.ee:8443', 'https://crm.example.ee:8443')).statusCode).toBe(201);
    expect((await post('sync.example.ee', 'http://sync.example.ee')).statusCode).toBe(403);
    expect((await post('localhost', 'http://localhost')).statusCode).toBe(403);
    expect((await post('crm.example.ee', 'https://crm.example.ee')).statusCode).toBe(403);
  });
});

describe('the Origin of a state-changing request', () => {
  it('must be the app’s own, or the browser must say same-origin', async () => {
    const { app, signIn } = await appWith();
    const { cookie } = await signIn('user');
    const post = (headers: Record<string, string | undefined>) =>
      app.inject({
        method: 'POST',
        url: '/api/registers/customer-classes',
        headers: { cookie, ...headers },
        payload: { code: newCode(), name: 'Klass' },
      });
    expect((await post({ origin: 'https://evil.example' })).statusCode).toBe(403);
    expect((await post({ origin: 'null' })).statusCode).toBe(403);
    expect((await post({ origin: undefined })).statusCode).toBe(403);
    expect((await post({ origin: undefined, 'sec-fetch-site': 'cross-site' })).statusCode).toBe(403);
    expect((await post({ origin: undefined, 'sec-fetch-site': 'same-origin' })).statusCode).toBe(201);
    expect((await post({ origin: 'http://localhost' })).statusCode).toBe(201);
  });
});

describe('behind a reverse proxy (TRUST_PROXY)', () => {
  it('offers no first-run page: every visitor would look local', async () => {
    const { app } = await appWith({ TRUST_PROXY: '127.0.0.1' });
    const status = await app.inject({ method: 'GET', url: '/api/auth/setup' });
    expect(status.json()).toEqual({ needsSetup: true, setupAllowed: false });
    const setup = await app.inject({ method: 'POST', url: '/api/auth/setup', payload: firstAdmin });
    expect(setup.statusCode).toBe(403);
  });

  it('sets and clears a Secure session cookie when the proxy says the browser came over https', async () => {
    const { app, signIn } = await appWith({ TRUST_PROXY: '127.0.0.1' });
    const { email, password } = await signIn('user');
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { email, password },
    });
    const cookie = login.cookies.find((item) => item.name === 'sid');
    expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Strict' });
    const logout = await app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { 'x-forwarded-proto': 'https', cookie: `sid=${cookie?.value ?? ''}` },
    });
    expect(logout.cookies.find((item) => item.name === 'sid')).toMatchObject({ value: '', secure: true });
  });

  it('keys the sign-in limits on X-Forwarded-For from a named proxy, and ignores it from anyone else', async () => {
    const wrongFrom = (app: TestApp['app'], address: string) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'x-forwarded-for': address },
        payload: { email: 'anna@example.test', password: 'wrong-password' },
      });
    const limits = { LOGIN_MAX_ATTEMPTS: '2' };

    const proxied = (await appWith({ ...limits, TRUST_PROXY: '127.0.0.1' })).app;
    expect((await wrongFrom(proxied, '10.0.0.1')).statusCode).toBe(401);
    expect((await wrongFrom(proxied, '10.0.0.1')).statusCode).toBe(401);
    expect((await wrongFrom(proxied, '10.0.0.1')).statusCode).toBe(429);
    expect((await wrongFrom(proxied, '10.0.0.2')).statusCode).toBe(401); // another client behind the same proxy

    const direct = (await appWith(limits)).app;
    expect((await wrongFrom(direct, '10.0.0.1')).statusCode).toBe(401);
    expect((await wrongFrom(direct, '10.0.0.2')).statusCode).toBe(401);
    expect((await wrongFrom(direct, '10.0.0.3')).statusCode).toBe(429); // the header changed nothing: one socket address
  });

  it('believes X-Forwarded-Proto only from the proxies named', async () => {
    const { app, signIn } = await appWith();
    const { email, password } = await signIn('user');
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { email, password },
    });
    expect(login.cookies.find((item) => item.name === 'sid')?.secure).toBeFalsy();
  });
});

describe('settings for serving beyond the machine itself', () => {
  it('a HOST that is not loopback needs PUBLIC_ORIGIN', () => {
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(ConfigError);
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(/PUBLIC_ORIGIN: is required when HOST is not a loopback/);
    expect(loadConfig({ HOST: '0.0.0.0', PUBLIC_ORIGIN: 'https://sync.example.ee/' }).PUBLIC_ORIGIN).toEqual([
      'https://sync.example.ee',
    ]);
    expect(loadConfig({ HOST: 'localhost' }).PUBLIC_ORIGIN).toBeUndefined();
  });

  it('a start with HOST=0.0.0.0 and no PUBLIC_ORIGIN stops, naming the setting', async () => {
    const data = createTestDataDir();
    await expect(spawnApp({ DATA_DIR: data.dir, HOST: '0.0.0.0' })).rejects.toThrow(
      /exited with 1 before listening:[\s\S]*PUBLIC_ORIGIN: is required when HOST is not a loopback address/,
    );
    data.remove();
  });

  it.each([
    ['PUBLIC_ORIGIN', 'sync.example.ee'],
    ['PUBLIC_ORIGIN', 'https://sync.example.ee/app'],
    ['PUBLIC_ORIGIN', 'ftp://sync.example.ee'],
    ['TRUST_PROXY', 'proxy.example.ee'],
    ['TRUST_PROXY', '10.0.0.0/33'],
  ])('refuses %s=%s', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}: must be`));
  });

  it('takes a list of proxies', () => {
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1, 192.168.0.0/16,::1' }).TRUST_PROXY).toEqual([
      '10.0.0.1',
      '192.168.0.0/16',
      '::1',
    ]);
  });
});

describe('headers and odd requests', () => {
  it('keeps API answers out of every cache and gives every answer a Permissions-Policy', async () => {
    const webRoot = path.join((await appWith()).dataDir, 'web');
    mkdirSync(path.join(webRoot, 'assets'), { recursive: true });
    writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(path.join(webRoot, 'assets', 'app.js'), 'console.log(1)');
    const { app } = await appWith({}, webRoot);

    const api = await app.inject({ method: 'GET', url: '/api/health' });
    expect(api.headers['cache-control']).toBe('no-store');
    expect(api.headers['permissions-policy']).toContain('camera=()');
    const refused = await app.inject({ method: 'GET', url: '/api/contacts' });
    expect(refused.statusCode).toBe(401);
    expect(refused.headers['cache-control']).toBe('no-store');

    const page = await app.inject({ method: 'GET', url: '/contacts/K001' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['permissions-policy']).toContain('microphone=()');
    const asset = await app.inject({ method: 'GET', url: '/assets/app.js' });
    expect(asset.statusCode).toBe(200); // the built app's files are public, before any sign-in
    expect(asset.body).toBe('console.log(1)');
    const escapedApi = await app.inject({ method: 'GET', url: '/%61pi/nothing' });
    expect(escapedApi.json()).toEqual({ message: 'Ei leitud' });
  });

  it('answers a body over the limit on any route with the limit, and keeps answering', async () => {
    const { app, signIn } = await appWith();
    const { cookie } = await signIn('user');
    const response = await app.inject({
      method: 'PUT',
      url: '/api/contacts/K1',
      headers: { cookie, 'content-type': 'application/json' },
      payload: `{"Name":"${'x'.repeat(21 * 1024 * 1024)}"}`,
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual({ message: 'Päring on liiga suur: ühes päringus võib olla kuni 20 MB.' });
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });

  it('answers a URL it cannot decode with its own message, not one that echoes the URL', async () => {
    const { app } = await appWith();
    const response = await app.inject({ method: 'GET', url: '/api/contacts/%E0%A4%A<script>' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ message: 'Päring on vigane' });
  });
});
