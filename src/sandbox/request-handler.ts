import { type IncomingMessage, STATUS_CODES, type ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { AccountRegistry } from './account-registry';
import { parseRequestBody } from './body-parse';
import { type SandboxAccount, answerEndpoint } from './endpoints';
import { NOT_FOUND, type SandboxAnswer } from './sandbox-answers';
import type { SandboxFault, SandboxRequest } from './types';

export interface HandlerState {
  registry: AccountRegistry;
  maxRps: number;
  latencyMs: number;
  logger: Logger;
  requests: SandboxRequest[];
  /** Pending delayed answers, cleared when the sandbox closes. */
  timers: Set<NodeJS.Timeout>;
  /** Answers held back by a `hold` fault, destroyed when the sandbox closes. */
  held: Set<ServerResponse>;
  /** The arrival clock (SandboxOptions.now); default preciseNow. */
  now?: () => number;
}

const ROUTE = /^\/([^/]+)\/api\/(.+\.php)$/;
const WINDOW_MS = 1000;
const preciseNow = (): number => performance.timeOrigin + performance.now();

function readBasicAuth(header: string | undefined): { user: string; password: string } | null {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon === -1 ? null : { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

function readRoute(rawUrl: string | undefined): { subdomain: string; endpoint: string; query: URLSearchParams } {
  const url = new URL(rawUrl ?? '/', 'http://sandbox.invalid');
  const match = ROUTE.exec(url.pathname);
  return { subdomain: (match?.[1] ?? '').toLowerCase(), endpoint: match?.[2] ?? '', query: url.searchParams };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Smaily counts per IP; the sandbox counts per account. A refused request does not use up the window. */
function admit(account: SandboxAccount, at: number, maxRps: number): boolean {
  account.admitted = account.admitted.filter((time) => time > at - WINDOW_MS);
  if (account.admitted.length >= maxRps) return false;
  account.admitted.push(at);
  return true;
}

export function describeFault(fault: SandboxFault | null): string | undefined {
  if (!fault) return undefined;
  if (fault.kind === 'status') return `status ${fault.status}`;
  if (fault.kind === 'code') return `code ${fault.code}`;
  return fault.kind === 'slow' ? `slow ${fault.delayMs} ms` : fault.kind;
}

function faultAnswer(fault: SandboxFault): { status: number; text: string } | null {
  if (fault.kind === 'status') {
    return { status: fault.status, text: fault.body ?? JSON.stringify({ message: STATUS_CODES[fault.status] ?? '' }) };
  }
  if (fault.kind === 'code') {
    const message = fault.message ?? 'Could not add or update provided contact';
    return { status: 200, text: JSON.stringify({ code: fault.code, message }) };
  }
  return null;
}

const bodyCode = (body: unknown): number | null =>
  typeof body === 'object' && body !== null && 'code' in body && typeof body.code === 'number' ? body.code : null;

export function createRequestHandler(state: HandlerState) {
  const { registry, logger, requests, timers, held } = state;

  function log(record: SandboxRequest): void {
    const { subdomain: account, method, endpoint, status, code, fault } = record;
    logger.info({ account, method, endpoint, status, code, fault: describeFault(fault) }, 'smaily sandbox request');
  }

  function send(res: ServerResponse, record: SandboxRequest, status: number, text: string, delayMs: number): void {
    record.status = status;
    log(record);
    const write = () => {
      if (res.destroyed || res.writableEnded) return;
      const headers: Record<string, string | number> = {
        // Smaily serves its JSON as text/html (smaily-api.md §1); clients must not trust the header.
        'content-type': 'text/html; charset=utf-8',
        'content-length': Buffer.byteLength(text),
      };
      if (status === 401) headers['www-authenticate'] = 'Basic realm="Smaily API"';
      res.writeHead(status, headers).end(text);
    };
    if (delayMs <= 0) return write();
    const timer = setTimeout(() => {
      timers.delete(timer);
      write();
    }, delayMs);
    timers.add(timer);
  }

  const sendAnswer = (res: ServerResponse, record: SandboxRequest, answer: SandboxAnswer, delayMs: number) => {
    record.code = bodyCode(answer.body);
    send(res, record, answer.status, JSON.stringify(answer.body), delayMs);
  };

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const receivedAt = (state.now ?? preciseNow)();
    const { subdomain, endpoint, query } = readRoute(req.url);
    const credentials = readBasicAuth(req.headers.authorization);
    const record: SandboxRequest = {
      seq: requests.length + 1,
      receivedAt,
      method: req.method ?? 'GET',
      subdomain: subdomain || null,
      endpoint: endpoint || null,
      query: Object.fromEntries(query),
      contentType: req.headers['content-type'] ?? null,
      user: credentials?.user ?? null,
      rawBody: '',
      body: undefined,
      status: null,
      code: null,
      fault: null,
    };
    requests.push(record);
    // Decided on arrival, so that admission follows arrival order even when bodies take different times to read.
    const account = subdomain ? registry.find(subdomain) : undefined;
    const admitted = account ? admit(account, receivedAt, state.maxRps) : false;
    const fault = admitted ? (account?.faults.shift() ?? null) : null;
    record.fault = fault;

    record.rawBody = await readBody(req);
    record.body = parseRequestBody(record.contentType, record.rawBody);
    const latency = state.latencyMs;

    if (!account) return sendAnswer(res, record, NOT_FOUND, latency);
    if (!admitted) return sendAnswer(res, record, { status: 429, body: { message: 'Too Many Requests' } }, latency);
    if (fault?.kind === 'drop') {
      log(record);
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'hold') {
      log(record);
      held.add(res);
      res.on('close', () => held.delete(res));
      return;
    }
    const faulted = fault && faultAnswer(fault);
    if (faulted) {
      // A faked body code is recorded like a real one, so that a test reads what the client was told.
      if (fault.kind === 'code') record.code = fault.code;
      return send(res, record, faulted.status, faulted.text, latency);
    }

    const authorized = credentials?.user === account.username && credentials.password === account.password;
    const answer = authorized
      ? answerEndpoint(account, { method: record.method, endpoint, query, body: record.body }, Date.now())
      : { status: 401, body: { message: 'Unauthorized' } };
    sendAnswer(res, record, answer, latency + (fault?.kind === 'slow' ? fault.delayMs : 0));
  };
}
