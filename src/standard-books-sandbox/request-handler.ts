import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { cutInHalf, withRawControlCharacters } from './answer-text';
import type { CompanyStore } from './company-store';
import {
  type SandboxAnswer,
  SYSTEM_VERSION,
  errorAnswer,
  listAnswer,
  patchAnswer,
  recordAnswer,
} from './register-answers';
import type { SbSandboxFault, SbSandboxRequest, SbSandboxUser } from './types';

export interface HandlerState {
  store: CompanyStore;
  users: SbSandboxUser[];
  registersWithoutUpdates: ReadonlySet<string>;
  logger: Logger;
  requests: SbSandboxRequest[];
  timers: Set<NodeJS.Timeout>;
  held: Set<ServerResponse>;
  now: () => Date;
}

const ROUTE = /^\/api\/([^/]+)\/([^/]+)(?:\/([^/]+))?\/?$/;

function readBasicAuth(header: string | undefined): { user: string; password: string } | null {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon === -1 ? null : { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

function decodeSegment(segment: string | undefined): string | null {
  if (segment === undefined) return null;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function faultAnswer(fault: SbSandboxFault | null): SandboxAnswer | null {
  if (fault?.kind === 'status') {
    return fault.body === undefined
      ? errorAnswer(fault.status, String(fault.status), 'Fault')
      : { status: fault.status, text: fault.body };
  }
  if (fault?.kind === 'error-payload') {
    return errorAnswer(fault.status ?? 200, fault.code, fault.description, fault.field ?? '');
  }
  return fault?.kind === 'redirect' ? { status: 302, text: '' } : null;
}

const describeFault = (fault: SbSandboxFault | null) =>
  fault ? (fault.kind === 'status' ? `status ${fault.status}` : fault.kind) : undefined;

/** Routes `/api/<companyNo>/<Register>[/<Code>]` the way standard-books.md §1 describes a server. */
export function createRequestHandler(state: HandlerState) {
  const { store, logger, requests, timers, held } = state;

  function send(res: ServerResponse, record: SbSandboxRequest, answer: SandboxAnswer, accept: string | null): void {
    const fault = record.fault;
    record.status = answer.status;
    logger.info(
      { method: record.method, url: record.url, status: answer.status, fault: describeFault(fault) },
      'standard books sandbox request',
    );
    let text = answer.text ?? '';
    let contentType = 'text/plain; charset=utf-8';
    if (answer.json !== undefined) {
      const data = answer.json as { data?: { '@register'?: string } };
      // XML is the real default; the sandbox models only its shell, so that a client without Accept notices.
      const xml = !accept?.includes('application/json') && data.data !== undefined;
      text = xml
        ? `<?xml version="1.0" encoding="UTF-8"?><data register="${data.data?.['@register'] ?? ''}" systemversion="${SYSTEM_VERSION}"/>`
        : JSON.stringify(answer.json);
      contentType = xml ? 'application/xml; charset=utf-8' : 'application/json; charset=utf-8';
    }
    if (fault?.kind === 'control-characters') text = withRawControlCharacters(text);
    if (fault?.kind === 'malformed') text = cutInHalf(text);
    const headers: Record<string, string | number> = {};
    if (answer.status !== 204) {
      headers['content-type'] = contentType;
      headers['content-length'] = Buffer.byteLength(text);
    }
    if (fault?.kind === 'both-lengths') headers['transfer-encoding'] = 'chunked';
    if (answer.status === 401) headers['www-authenticate'] = 'Basic realm="Standard Books"';
    if (fault?.kind === 'redirect') headers.location = fault.location;
    const write = () => {
      if (!res.destroyed && !res.writableEnded)
        res.writeHead(answer.status, headers).end(answer.status === 204 ? undefined : text);
    };
    if (fault?.kind !== 'slow') return write();
    const timer = setTimeout(() => {
      timers.delete(timer);
      write();
    }, fault.delayMs);
    timers.add(timer);
  }

  function answer(record: SbSandboxRequest, rawQuery: URLSearchParams): SandboxAnswer {
    const company = record.companyNo === null ? undefined : store.find(record.companyNo);
    const { register: name, code } = record;
    if (!company || name === null) {
      // A model: how a real server answers an unknown company number is UNCONFIRMED.
      return errorAnswer(404, '404', `Company ${record.companyNo ?? ''} not found`);
    }
    const records = company.registers.get(name);
    if (!records) return errorAnswer(404, '404', `Register ${name} not found`);
    if (record.method === 'GET' && code === null) {
      const ignoreOffset = record.fault?.kind === 'ignore-offset';
      const supportsUpdates = !state.registersWithoutUpdates.has(name);
      return listAnswer({ company, register: name, records, query: rawQuery, supportsUpdates, ignoreOffset });
    }
    if (record.method === 'GET' && code !== null) return recordAnswer(company, name, records.get(code));
    if (record.method === 'PATCH' && code !== null) {
      const { answer: patched, setFields } = patchAnswer({
        company,
        register: name,
        record: records.get(code),
        rawBody: record.rawBody,
        contentType: record.contentType,
        put: (fields) => store.put(company.companyNo, name, fields),
        today: state.now().toISOString().slice(0, 10),
      });
      record.setFields = setFields;
      return patched;
    }
    return errorAnswer(405, '405', 'Method not allowed');
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
    const route = ROUTE.exec(url.pathname);
    const credentials = readBasicAuth(req.headers.authorization);
    const record: SbSandboxRequest = {
      seq: requests.length + 1,
      receivedAt: Date.now(),
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      companyNo: decodeSegment(route?.[1]),
      register: decodeSegment(route?.[2]),
      code: decodeSegment(route?.[3]),
      query: Object.fromEntries(url.searchParams),
      host: req.headers.host ?? null,
      accept: req.headers.accept ?? null,
      contentType: req.headers['content-type'] ?? null,
      user: credentials?.user ?? null,
      rawBody: '',
      setFields: null,
      status: null,
      fault: null,
    };
    requests.push(record);
    const company = record.companyNo === null ? undefined : store.find(record.companyNo);
    record.fault = company?.faults.shift() ?? null;
    record.rawBody = await readBody(req);
    const { fault } = record;
    if (fault?.kind === 'change') fault.change();

    if (fault?.kind === 'drop') {
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'hold') {
      held.add(res);
      res.on('close', () => held.delete(res));
      return;
    }
    const faulted = faultAnswer(fault);
    if (faulted) return send(res, record, faulted, record.accept);
    if (!route) return send(res, record, errorAnswer(404, '404', 'Not found'), record.accept);

    const user = state.users.find((candidate) => candidate.username === credentials?.user);
    if (!user || user.password !== credentials?.password) {
      return send(res, record, errorAnswer(401, '401', 'Unauthorized'), record.accept);
    }
    if (company && user.companies && !user.companies.includes(company.companyNo)) {
      return send(res, record, errorAnswer(403, '403', 'No access to the REST API in this company'), record.accept);
    }
    send(res, record, answer(record, url.searchParams), record.accept);
  };
}
