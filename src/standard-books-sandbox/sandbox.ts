import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { byCode, copyRecord, createCompanyStore } from './company-store';
import { createRequestHandler } from './request-handler';
import type {
  SbSandboxFault,
  SbSandboxFaultInput,
  SbSandboxOptions,
  SbSandboxRequest,
  StandardBooksSandbox,
} from './types';

const toFault = (fault: SbSandboxFaultInput): SbSandboxFault =>
  typeof fault === 'number' ? { kind: 'status', status: fault } : fault;

/**
 * Starts a stand-in for a Standard Books server's REST API (standard-books.md §1) on loopback: its companies'
 * registers filled from the demo generator, Basic auth, the JSON envelope, paging, filters, updates_after,
 * form-encoded PATCH, and faults a test queues per company.
 */
export async function startStandardBooksSandbox(options: SbSandboxOptions = {}): Promise<StandardBooksSandbox> {
  const { port = 0, host = '127.0.0.1', users = [], now = () => new Date() } = options;
  const logger = options.logger ?? pino({ level: 'silent' });
  const store = createCompanyStore();
  for (const company of options.companies ?? [{ companyNo: '1' }]) store.add(company);

  const requests: SbSandboxRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const held = new Set<ServerResponse>();
  const state = { store, users: [...users], registersWithoutUpdates: new Set(options.registersWithoutUpdates ?? []) };
  const handle = createRequestHandler({ ...state, logger, requests, timers, held, now });
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error: unknown) => {
      logger.error({ err: error }, 'standard books sandbox failed to answer');
      if (!res.headersSent) res.writeHead(500).end();
    });
  };
  const server: Server = options.tls ? createHttpsServer(options.tls, listener) : createServer(listener);
  let connections = 0;
  server.on(options.tls ? 'secureConnection' : 'connection', () => {
    connections += 1;
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const actualPort = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;

  const records = (companyNo: string, register: string) => [...store.register(companyNo, register).values()];

  return {
    port: actualPort,
    url: `${options.tls ? 'https' : 'http'}://${urlHost}:${actualPort}`,
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const res of held) res.socket?.destroy();
      held.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
    addCompany: (input) => store.add(input),
    addUser: (user) => {
      state.users.push(user);
    },
    requests: (companyNo) =>
      requests
        .filter((request) => companyNo === undefined || request.companyNo === companyNo)
        .map((request) => ({ ...request })),
    connections: () => connections,
    records: (companyNo, register) => records(companyNo, register).sort(byCode).map(copyRecord),
    record: (companyNo, register, code) => {
      const found = store.register(companyNo, register).get(code);
      return found && copyRecord(found);
    },
    putRecord: (companyNo, register, fields) => copyRecord(store.put(companyNo, register, fields)),
    deleteRecord: (companyNo, register, code) => store.remove(companyNo, register, code),
    resetSequence: (companyNo) => String(store.resetSequence(companyNo)),
    sequence: (companyNo) => String(store.company(companyNo).sequence),
    failNext: (companyNo, faults) => {
      store.company(companyNo).faults.push(...faults.map(toFault));
    },
    pendingFaults: (companyNo) => store.company(companyNo).faults.map((fault) => ({ ...fault })),
  };
}
