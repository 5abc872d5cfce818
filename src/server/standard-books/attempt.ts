import { lookup as dnsLookup } from 'node:dns/promises';
import http, { type ClientRequest } from 'node:http';
import https from 'node:https';
import { type LookupFunction, isIP } from 'node:net';
import { type AddressRefusal, type ServerAddress, checkResolved } from './address';
import type { SbResolver } from './types';

export type AttemptResult =
  | { kind: 'answered'; status: number; text: string }
  | { kind: 'too-large'; status: number }
  | { kind: 'refused'; refusal: AddressRefusal }
  /** `cause`: the error code, e.g. ENOTFOUND, ECONNREFUSED, ECONNRESET, DEPTH_ZERO_SELF_SIGNED_CERT. */
  | { kind: 'transport-error'; cause: string }
  | { kind: 'timeout' };

export interface AttemptRequest {
  server: ServerAddress;
  method: 'GET' | 'PATCH';
  /** Path and query, already escaped. */
  path: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
  maxResponseBytes: number;
  allowPrivate: boolean;
  resolve?: SbResolver;
  ca?: string;
}

export const systemResolver: SbResolver = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

function errorCode(error: unknown): string {
  // With several addresses Node reports an AggregateError; the first attempt's code says the most.
  const first: unknown = error instanceof AggregateError ? (error.errors[0] as unknown) : error;
  if (first && typeof first === 'object' && 'code' in first && typeof first.code === 'string') return first.code;
  return first instanceof Error ? first.message : 'unknown';
}

/** Node's socket asks for the host's addresses; it gets only the ones already checked, so DNS is asked once. */
function pinnedLookup(addresses: readonly string[]): LookupFunction {
  return (_hostname, options, callback) => {
    const entries = addresses
      .map((address) => ({ address, family: isIP(address) }))
      .filter((entry) => !options.family || entry.family === options.family);
    const [first] = entries;
    if (!first) {
      callback(Object.assign(new Error('no checked address of that family'), { code: 'ENOTFOUND' }), '', 0);
    } else if (options.all) {
      callback(null, entries);
    } else {
      callback(null, first.address, first.family);
    }
  };
}

/**
 * One exchange, never throwing: resolve the name once, check every address, connect only to those, read the
 * answer. The timeout covers all of it. Written on node:http for three reasons: the socket must go to the checked
 * address (a custom lookup), redirects are never followed (they would carry the credentials to an unchecked host),
 * and `insecureHTTPParser` — real servers send Content-Length and Transfer-Encoding together, which Node's strict
 * parser refuses. The lenient parser's danger is desync on a reused connection, so no connection is reused
 * (a new agent per request, `Connection: close`) and the answer is capped in size.
 */
export function sendAttempt(request: AttemptRequest): Promise<AttemptResult> {
  const { server, timeoutMs } = request;
  return new Promise((resolve) => {
    let settled = false;
    let pending: ClientRequest | undefined;
    const settle = (result: AttemptResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      pending?.destroy();
      resolve(result);
    };
    const timer = setTimeout(() => settle({ kind: 'timeout' }), timeoutMs);

    const connect = (addresses: string[]) => {
      if (settled) return;
      const refusal = checkResolved(server, addresses, request.allowPrivate);
      if (refusal) return settle({ kind: 'refused', refusal });
      try {
        pending = send(request, addresses, settle);
      } catch (error) {
        // node:http refuses some requests before sending (a header it will not write); not an outcome to throw.
        settle({ kind: 'transport-error', cause: errorCode(error) });
      }
    };
    if (server.isIpLiteral) return connect([server.hostname]);
    const resolveHost = request.resolve ?? systemResolver;
    // Through a promise, so that a resolver throwing at once is a failed lookup like any other.
    Promise.resolve(server.hostname)
      .then(resolveHost)
      .then(
        (addresses) =>
          addresses.length === 0 ? settle({ kind: 'transport-error', cause: 'ENOTFOUND' }) : connect(addresses),
        (error: unknown) => settle({ kind: 'transport-error', cause: errorCode(error) }),
      );
  });
}

function send(request: AttemptRequest, addresses: string[], settle: (result: AttemptResult) => void): ClientRequest {
  const { server, body, maxResponseBytes } = request;
  const transport = server.protocol === 'https:' ? https : http;
  const headers: Record<string, string> = { ...request.headers, connection: 'close' };
  if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
  const outgoing = transport.request(
    {
      protocol: server.protocol,
      host: server.hostname,
      port: server.port,
      path: request.path,
      method: request.method,
      headers,
      agent: false,
      insecureHTTPParser: true,
      lookup: pinnedLookup(addresses),
      ...(request.ca ? { ca: request.ca } : {}),
    },
    (response) => {
      const status = response.statusCode ?? 0;
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxResponseBytes) return settle({ kind: 'too-large', status });
        chunks.push(chunk);
      });
      response.on('end', () => settle({ kind: 'answered', status, text: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', (error) => settle({ kind: 'transport-error', cause: errorCode(error) }));
      response.on('close', () => {
        if (!response.complete) settle({ kind: 'transport-error', cause: 'ECONNRESET' });
      });
    },
  );
  outgoing.on('error', (error) => settle({ kind: 'transport-error', cause: errorCode(error) }));
  outgoing.end(body);
  return outgoing;
}
