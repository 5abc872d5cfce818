import { parseArgs } from 'node:util';
import type { SbSandboxCompanyInput, SbSandboxUser } from './types';

export class UsageError extends Error {}

export interface SbSandboxCliOptions {
  port: number;
  host: string;
  companies: SbSandboxCompanyInput[];
  users: SbSandboxUser[];
}

/** What `npm run sandbox:sb` serves when told nothing, printed at start so it can be typed in. */
export const DEFAULT_USER: SbSandboxUser = { username: 'demo-api', password: 'Standard-Books-Demo-2026' };

function wholeNumber(name: string, text: string | undefined, fallback: number, max: number): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text) || Number(text) > max) throw new UsageError(`--${name} must be a whole number up to ${max}`);
  return Number(text);
}

function readUser(text: string): SbSandboxUser {
  // The password is everything after the first colon, so it may contain colons itself.
  const colon = text.indexOf(':');
  if (colon <= 0 || colon === text.length - 1) throw new UsageError('--user must be USER:PASS');
  return { username: text.slice(0, colon), password: text.slice(colon + 1) };
}

// `npm run sandbox:sb -- --port 4020 --company 1 [--company 2] --user USER:PASS [--contacts 300] [--host 127.0.0.1]`
export function readCliOptions(argv: string[]): SbSandboxCliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      company: { type: 'string', multiple: true },
      user: { type: 'string', multiple: true },
      contacts: { type: 'string' },
    },
  });
  const contacts = wholeNumber('contacts', values.contacts, 300, 200_000);
  const companyNumbers = values.company ?? ['1'];
  for (const companyNo of companyNumbers) {
    if (!/^\d{1,6}$/.test(companyNo)) throw new UsageError('--company must be a company number such as 1');
  }
  return {
    port: wholeNumber('port', values.port, 4020, 65535),
    host: values.host ?? '127.0.0.1',
    companies: companyNumbers.map((companyNo) => ({ companyNo, contacts })),
    users: values.user?.map(readUser) ?? [DEFAULT_USER],
  };
}
