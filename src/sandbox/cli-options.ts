import { parseArgs } from 'node:util';
import type { SandboxAccountInput, SandboxOptions } from './types';

export class UsageError extends Error {}

function wholeNumber(name: string, text: string | undefined, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value > max) throw new UsageError(`--${name} must be a whole number up to ${max}`);
  return value;
}

function readAccount(text: string): SandboxAccountInput {
  // The password is everything after the second colon, so it may contain colons itself.
  const [subdomain = '', username = '', ...password] = text.split(':');
  if (!subdomain || !username || password.length === 0) throw new UsageError('--account must be SUB:USER:PASS');
  return { subdomain, username, password: password.join(':') };
}

export function readCliOptions(argv: string[]): Required<Omit<SandboxOptions, 'logger' | 'now'>> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      account: { type: 'string', multiple: true },
      'max-rps': { type: 'string' },
      'latency-ms': { type: 'string' },
    },
  });
  const maxRps = wholeNumber('max-rps', values['max-rps'], 5);
  if (maxRps < 1) throw new UsageError('--max-rps must be at least 1');
  return {
    port: wholeNumber('port', values.port, 4010, 65535),
    host: values.host ?? '127.0.0.1',
    maxRps,
    latencyMs: wholeNumber('latency-ms', values['latency-ms'], 0),
    accounts: (values.account ?? []).map(readAccount),
  };
}
