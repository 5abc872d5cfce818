import type { FastifyInstance, InjectOptions, LightMyRequestResponse, RouteOptions } from 'fastify';
import type { OutgoingHttpHeaders } from 'node:http';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { Role } from '../../shared/auth';
import { buildApp } from '../app';
import { insertUser } from '../users/users-repository';
import { loadConfig, type Config } from '../config';
import { openDatabase } from '../db/database';
import { createLogger } from '../logger';
import { seedDemoData } from '../seed/seed-database';
import { createTestDataDir, testSecretKey } from './data-dir';

/** Requests as the app's page sends them for one signed-in user (see TestApp.as). */
export interface SessionClient {
  cookie: string;
  get: (url: string) => Promise<LightMyRequestResponse>;
  post: (url: string, body?: unknown) => Promise<LightMyRequestResponse>;
  put: (url: string, body?: unknown) => Promise<LightMyRequestResponse>;
  patch: (url: string, body?: unknown) => Promise<LightMyRequestResponse>;
  delete: (url: string, body?: unknown) => Promise<LightMyRequestResponse>;
}

export interface TestApp {
  app: FastifyInstance;
  config: Config;
  dataDir: string;
  /** Every log line the app wrote, as text, for asserting that secrets stay out. */
  logText: () => string;
  /** Creates a user with this role and returns the Cookie header of a session of theirs. */
  signIn: (role: Role, name?: string) => Promise<{ cookie: string; userId: number; email: string; password: string }>;
  /**
   * `app.inject` with this session's Cookie header (and Accept-Language when given): the one way a test calls the
   * API as a signed-in user. A test about the headers themselves builds them with `app.inject`.
   */
  as: (cookie: string, language?: string) => SessionClient;
  close: () => Promise<void>;
}

let userCounter = 0;

/**
 * `app.inject` as the app's own page calls the API: at the app's address (the first PUBLIC_ORIGIN, else
 * http://localhost), with Origin on every request as a browser sends it with every POST, PUT, PATCH and DELETE.
 * A test that wants another Host or Origin (or none: `origin: undefined`) says so in its headers.
 */
function sendOriginLikeABrowser(app: FastifyInstance, config: Config): void {
  const origin = config.PUBLIC_ORIGIN?.[0] ?? 'http://localhost';
  const inject = app.inject.bind(app) as (options: InjectOptions) => Promise<LightMyRequestResponse>;
  const withOrigin = (options: InjectOptions): InjectOptions => {
    const headers: OutgoingHttpHeaders = { host: new URL(origin).host, ...options.headers };
    if (!('origin' in headers)) return { ...options, headers: { ...headers, origin } };
    if (headers.origin === undefined) delete headers.origin;
    return { ...options, headers };
  };
  Object.assign(app, {
    inject: (options: InjectOptions | string) =>
      inject(withOrigin(typeof options === 'string' ? { url: options } : options)),
  });
}

/**
 * The real app on a DATA_DIR of its own, for `app.inject` tests. `contacts` seeds that many demo contacts first;
 * `env` overrides settings (e.g. a sandbox's SMAILY_URL_TEMPLATE and millisecond timeouts); `now` is the clock of the
 * sign-in limits. `dataDir` reuses a folder the test owns (to start the app again on it): close then leaves it.
 */
export async function createTestApp(
  options: {
    contacts?: number;
    env?: Record<string, string>;
    observeRoute?: (route: RouteOptions) => void;
    /** A built web app to serve (a folder with index.html); by default only the API is served. */
    webRoot?: string;
    now?: () => number;
    dataDir?: string;
  } = {},
): Promise<TestApp> {
  const data = options.dataDir ? { dir: options.dataDir, remove: () => undefined } : createTestDataDir();
  if (options.contacts) {
    const db = await openDatabase(data.dir);
    await seedDemoData(db, options.contacts);
    await db.destroy();
  }
  const config = loadConfig({ DATA_DIR: data.dir, SECRET_KEY: testSecretKey, LOG_LEVEL: 'info', ...options.env });
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const app = await buildApp({
    config,
    logger: createLogger(config.LOG_LEVEL, sink),
    observeRoute: options.observeRoute,
    webRoot: options.webRoot ?? path.join(data.dir, 'no-web-build'),
    now: options.now,
  });
  sendOriginLikeABrowser(app, config);

  const signIn: TestApp['signIn'] = async (role, name) => {
    userCounter += 1;
    const email = `${role}${userCounter}@example.test`;
    const password = `pass-${role}-${userCounter}`;
    const user = await insertUser(app.db, { name: name ?? `Test ${role} ${userCounter}`, email, role, password });
    const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
    const cookie = response.cookies.find((item) => item.name === 'sid');
    if (!cookie) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
    return { cookie: `sid=${cookie.value}`, userId: user.id, email, password };
  };

  const as: TestApp['as'] = (cookie, language) => {
    const headers = { cookie, ...(language !== undefined && { 'accept-language': language }) };
    const send = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE') => (url: string, body?: unknown) =>
      app.inject({ method, url, headers, ...(body !== undefined && { payload: body as InjectOptions['payload'] }) });
    return {
      cookie,
      get: send('GET'),
      post: send('POST'),
      put: send('PUT'),
      patch: send('PATCH'),
      delete: send('DELETE'),
    };
  };

  return {
    app,
    config,
    dataDir: data.dir,
    logText: () => lines.join(''),
    signIn,
    as,
    close: async () => {
      await app.close();
      data.remove();
    },
  };
}
