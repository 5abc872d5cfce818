import { type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { createAccountRegistry } from './account-registry';
import { createRequestHandler } from './request-handler';
import type { SandboxOptions, SandboxRequest, SmailySandbox } from './types';

/** Starts a stand-in for Smaily's API on loopback (smaily-api.md §7), routed by path: `/{subdomain}/api/….php`. */
export async function startSmailySandbox(options: SandboxOptions = {}): Promise<SmailySandbox> {
  const { port = 0, host = '127.0.0.1', maxRps = 5, latencyMs = 0, accounts = [], now } = options;
  const logger = options.logger ?? pino({ level: 'silent' });
  const registry = createAccountRegistry();
  for (const account of accounts) registry.add(account);

  const requests: SandboxRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const held = new Set<ServerResponse>();
  const handle = createRequestHandler({ registry, maxRps, latencyMs, logger, requests, timers, held, now });

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      logger.error({ err: error }, 'smaily sandbox failed to answer');
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const actualPort = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;

  return {
    port: actualPort,
    urlTemplate: `http://${urlHost}:${actualPort}/{subdomain}`,
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const res of held) res.socket?.destroy();
      held.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
    addAccount: registry.add,
    updateAccount: registry.update,
    removeAccount: registry.remove,
    requests: (subdomain) =>
      requests
        .filter((request) => subdomain === undefined || request.subdomain === subdomain.toLowerCase())
        .map((request) => ({ ...request })),
    contacts: registry.contacts,
    getContact: registry.getContact,
    putContact: registry.putContact,
    unsubscribe: registry.unsubscribe,
    resubscribe: registry.resubscribe,
    triggered: registry.triggered,
    markInvalid: registry.markInvalid,
    failNext: registry.failNext,
    pendingFaults: registry.pendingFaults,
  };
}
