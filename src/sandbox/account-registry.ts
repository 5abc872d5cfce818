import { parseSmailyAddress } from '../shared/smaily-address';
import { copyContact, upsertContactRow } from './contact-store';
import { emailKey } from './email';
import type { SandboxAccount } from './endpoints';
import type {
  SandboxAccountInput,
  SandboxContact,
  SandboxFault,
  SandboxFaultInput,
  SandboxTrigger,
  SandboxWorkflow,
} from './types';

const DEFAULT_WORKFLOWS: SandboxWorkflow[] = [
  { id: 1, title: 'Uudiskirjaga liitumine' },
  { id: 2, title: 'Tervituskiri' },
];

const toFault = (fault: SandboxFaultInput): SandboxFault =>
  typeof fault === 'number' ? { kind: 'status', status: fault } : fault;

export type AccountRegistry = ReturnType<typeof createAccountRegistry>;

/** The accounts of one sandbox and everything a test may arrange or inspect about them. */
export function createAccountRegistry(now: () => number = Date.now) {
  const accounts = new Map<string, SandboxAccount>();

  function account(subdomain: string): SandboxAccount {
    const found = accounts.get(subdomain.toLowerCase());
    if (!found) throw new Error(`The sandbox has no account "${subdomain}"`);
    return found;
  }

  function store(subdomain: string, row: Record<string, string | number>, at = now()): void {
    const verdict = upsertContactRow(account(subdomain), row, at);
    if (verdict !== 'stored') throw new Error(`The sandbox refused ${String(row.email)}: ${verdict}`);
  }

  /**
   * A person's own choice in Smaily changes the status as an API write of is_unsubscribed does, but leaves the
   * address as Smaily has it (a person does not retype it).
   */
  function choose(subdomain: string, email: string, unsubscribed: 0 | 1, at: Date | undefined): void {
    const stored = account(subdomain).contacts.get(emailKey(email))?.email ?? email;
    store(subdomain, { email: stored, is_unsubscribed: unsubscribed }, at?.getTime());
  }

  return {
    find: (subdomain: string): SandboxAccount | undefined => accounts.get(subdomain.toLowerCase()),

    add: ({ subdomain, username, password, workflows = DEFAULT_WORKFLOWS }: SandboxAccountInput): void => {
      const parsed = parseSmailyAddress(subdomain);
      if (!parsed.ok || parsed.subdomain !== subdomain) throw new Error(`Not a Smaily subdomain: "${subdomain}"`);
      if (accounts.has(subdomain)) throw new Error(`The sandbox already has an account "${subdomain}"`);
      accounts.set(subdomain, {
        subdomain,
        username,
        password,
        workflows: [...workflows],
        contacts: new Map(),
        invalid: new Set(),
        faults: [],
        admitted: [],
        triggered: [],
      });
    },

    update: (subdomain: string, change: { username?: string; password?: string }): void => {
      Object.assign(account(subdomain), change);
    },

    remove: (subdomain: string): void => {
      accounts.delete(account(subdomain).subdomain);
    },

    contacts: (subdomain: string): SandboxContact[] => [...account(subdomain).contacts.values()].map(copyContact),

    getContact: (subdomain: string, email: string): SandboxContact | undefined => {
      const contact = account(subdomain).contacts.get(emailKey(email));
      return contact && copyContact(contact);
    },

    putContact: (subdomain: string, row: Record<string, string | number>): void => store(subdomain, row),

    unsubscribe: (subdomain: string, email: string, at?: Date): void => choose(subdomain, email, 1, at),

    resubscribe: (subdomain: string, email: string, at?: Date): void => choose(subdomain, email, 0, at),

    triggered: (subdomain: string): SandboxTrigger[] => account(subdomain).triggered.map((trigger) => ({ ...trigger })),

    markInvalid: (subdomain: string, emails: string[]): void => {
      const { invalid } = account(subdomain);
      for (const email of emails) invalid.add(emailKey(email));
    },

    failNext: (subdomain: string, faults: SandboxFaultInput[]): void => {
      account(subdomain).faults.push(...faults.map(toFault));
    },

    pendingFaults: (subdomain: string): SandboxFault[] => account(subdomain).faults.map((fault) => ({ ...fault })),
  };
}
