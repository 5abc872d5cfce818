import http from 'node:http';
import { captureLogger } from './smaily-sandbox';
import { startStandardBooksSandbox } from '../../standard-books-sandbox/sandbox';
import type { SbSandboxOptions, StandardBooksSandbox } from '../../standard-books-sandbox/types';
import { createStandardBooksClient } from '../standard-books/client';
import type { SbClientOptions, SbConnection, SbRegisterNames } from '../standard-books/types';

// Shared by the Standard Books sandbox's tests and the client's: each test takes a company of its own, so tests
// sharing one sandbox never see each other's records, requests or faults.

export const SB_TEST_USER = { username: 'sb-api', password: 'Sb-Test-Pässword:1' };

/** The register names of the settings' defaults, which are the sandbox's names. */
export const SB_TEST_REGISTERS: SbRegisterNames = {
  contacts: 'CUVc',
  customerClasses: 'CCatVc',
  classificationTypes: 'CClassTypeVc',
  classifications: 'CClassVc',
  objectTypes: 'OTVc',
  objects: 'ObjVc',
};

/** A sandbox with no company yet and the test user. */
export const startSbTestSandbox = (options: SbSandboxOptions = {}): Promise<StandardBooksSandbox> =>
  startStandardBooksSandbox({ companies: [], users: [SB_TEST_USER], ...options });

/** The connection an administrator would type for a new company of the sandbox. */
export function newSbCompany(sandbox: StandardBooksSandbox, contacts = 5, startSequence?: bigint): SbConnection {
  const companyNo = sandbox.addCompany({ contacts, startSequence });
  return { address: sandbox.url, companyNo, ...SB_TEST_USER };
}

/**
 * A client for the sandbox on loopback (private addresses allowed) that records its waits instead of waiting,
 * with a fixed jitter of 0.5 and its log captured.
 */
export function newSbTestClient(overrides: Partial<SbClientOptions> = {}) {
  const delays: number[] = [];
  const log = captureLogger();
  const client = createStandardBooksClient({
    timeoutMs: 2000,
    checkTimeoutMs: 2000,
    retry: { attempts: 3, baseDelayMs: 1000, maxDelayMs: 30_000 },
    pageSize: 1000,
    pauseBetweenPagesMs: 1000,
    allowPrivateAddresses: true,
    maxResponseBytes: 1024 * 1024,
    registers: SB_TEST_REGISTERS,
    random: () => 0.5,
    sleep: (ms) => {
      delays.push(ms);
      return Promise.resolve();
    },
    logger: log.logger,
    ...overrides,
  });
  return { client, delays, log };
}

export const basicAuth = (username: string, password: string): string =>
  `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;

export interface SbRawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  json: unknown;
}

export interface SbRawCall {
  method?: string;
  /** Default: the test user; null sends no Authorization header. */
  auth?: string | null;
  /** Default application/json; null sends none. */
  accept?: string | null;
  contentType?: string;
  body?: string;
}

/** One plain HTTP request to the sandbox. The lenient parser reads the both-lengths fault too. */
export function callSbSandbox(
  sandbox: StandardBooksSandbox,
  path: string,
  options: SbRawCall = {},
): Promise<SbRawAnswer> {
  const headers: Record<string, string> = {};
  const auth = options.auth === undefined ? basicAuth(SB_TEST_USER.username, SB_TEST_USER.password) : options.auth;
  if (auth !== null) headers.authorization = auth;
  const accept = options.accept === undefined ? 'application/json' : options.accept;
  if (accept !== null) headers.accept = accept;
  if (options.contentType) headers['content-type'] = options.contentType;
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${sandbox.url}${path}`,
      { method: options.method ?? 'GET', headers, insecureHTTPParser: true, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: response.statusCode ?? 0, headers: response.headers, text, json });
        });
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}
