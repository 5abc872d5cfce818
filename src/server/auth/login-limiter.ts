import { isIPv6 } from 'node:net';
import type { Db } from '../db/database';

export interface LoginLimits {
  perAccount: number;
  perAddress: number;
  windowMs: number;
}

export interface LoginAttempt {
  address: string;
  email: string;
}

interface KeyState {
  attempts: number;
  windowEnds: number;
  locks: number;
  lockedUntil: number | null;
}

export type Reservation = { allowed: false; waitMs: number } | { allowed: true; succeeded: () => Promise<void> };

const dayMs = 24 * 60 * 60 * 1000;
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Sign-in limits, kept in the database so that neither parallel requests nor a restart hand out more tries.
 * Each attempt has two keys: its address together with its account (so a stranger elsewhere cannot lock a colleague
 * out) and its address alone (so one address cannot try a password on every account).
 *
 * The rule, per key:
 * - An attempt is counted before its password is checked, in the same transaction as the decision, so parallel
 *   attempts cannot outrun the count. A key allows `limit` attempts in a window of windowMs from its first one.
 * - The attempt that uses the last of the allowance also locks the key. Lock n lasts windowMs × 2^(n−1), at most
 *   24 h (or windowMs when that is longer). While a lock lasts, attempts are refused unchecked and uncounted.
 * - After a lock the key has a fresh allowance, but it remembers its locks until 24 h after the last one ended;
 *   only then does its wait start again from windowMs.
 * - A successful sign-in forgets its account key and gives its attempt back to its address key, so colleagues
 *   signing in from one office address use up nothing.
 * An attempt is refused when either of its keys is locked; then neither key counts it.
 */
export class LoginLimiter {
  constructor(
    private readonly db: Db,
    private readonly limits: LoginLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Counts the attempt before its password is checked. An allowed attempt that turns out right calls `succeeded`;
   * one that turns out wrong needs nothing more, as it has been counted already.
   */
  async reserve(attempt: LoginAttempt): Promise<Reservation> {
    const now = this.now();
    const [account, address] = this.keysOf(attempt);
    // One connection, held for the whole transaction: no other attempt reads the rows between our read and write.
    return this.db.transaction().execute(async (trx): Promise<Reservation> => {
      await trx.deleteFrom('login_attempts').where('expires_at', '<=', iso(now)).execute();
      const [accountBefore, addressBefore] = [await readState(trx, account.key), await readState(trx, address.key)];
      const waitMs = Math.max((accountBefore?.lockedUntil ?? 0) - now, (addressBefore?.lockedUntil ?? 0) - now);
      if (waitMs > 0) return { allowed: false, waitMs };
      const addressAfter = counted(addressBefore, address.limit, this.limits.windowMs, now);
      await writeState(trx, account.key, counted(accountBefore, account.limit, this.limits.windowMs, now));
      await writeState(trx, address.key, addressAfter);
      return { allowed: true, succeeded: () => this.succeeded(account.key, address.key, addressBefore, addressAfter) };
    });
  }

  /**
   * Forgets the account key and gives the attempt back to the address key: exactly, when no attempt has been
   * counted there since (which also lifts a lock this very attempt set), else by one unless the key is locked.
   */
  private async succeeded(
    accountKey: string,
    addressKey: string,
    before: KeyState | undefined,
    after: KeyState,
  ): Promise<void> {
    const now = this.now();
    await this.db.transaction().execute(async (trx) => {
      await writeState(trx, accountKey, undefined);
      const current = await readState(trx, addressKey);
      if (!current) return;
      if (sameState(current, after)) await writeState(trx, addressKey, before);
      else if ((current.lockedUntil ?? 0) <= now && current.windowEnds > now && current.attempts > 0) {
        await writeState(trx, addressKey, { ...current, attempts: current.attempts - 1 });
      }
    });
  }

  private keysOf({ address, email }: LoginAttempt) {
    const where = countedAddress(address);
    return [
      { key: `account:${where}|${email.trim().toLowerCase()}`, limit: this.limits.perAccount },
      { key: `address:${where}`, limit: this.limits.perAddress },
    ] as const;
  }
}

async function readState(db: Db, key: string): Promise<KeyState | undefined> {
  const row = await db.selectFrom('login_attempts').selectAll().where('key', '=', key).executeTakeFirst();
  return (
    row && {
      attempts: row.attempts,
      windowEnds: Date.parse(row.window_ends),
      locks: row.locks,
      lockedUntil: row.locked_until === null ? null : Date.parse(row.locked_until),
    }
  );
}

/** Stores the state of a key; none deletes its row. */
async function writeState(db: Db, key: string, state: KeyState | undefined): Promise<void> {
  if (!state) {
    await db.deleteFrom('login_attempts').where('key', '=', key).execute();
    return;
  }
  const values = {
    attempts: state.attempts,
    window_ends: iso(state.windowEnds),
    locks: state.locks,
    locked_until: state.lockedUntil === null ? null : iso(state.lockedUntil),
    expires_at: iso(Math.max(state.windowEnds, (state.lockedUntil ?? 0) + dayMs)),
  };
  await db
    .insertInto('login_attempts')
    .values({ key, ...values })
    .onConflict((conflict) => conflict.column('key').doUpdateSet(values))
    .execute();
}

function sameState(one: KeyState, other: KeyState): boolean {
  return (
    one.attempts === other.attempts &&
    one.windowEnds === other.windowEnds &&
    one.locks === other.locks &&
    one.lockedUntil === other.lockedUntil
  );
}

function counted(state: KeyState | undefined, limit: number, windowMs: number, now: number): KeyState {
  const running = state !== undefined && state.windowEnds > now;
  const attempts = (running ? state.attempts : 0) + 1;
  const windowEnds = running ? state.windowEnds : now + windowMs;
  const locks = state?.locks ?? 0;
  if (attempts < limit) return { attempts, windowEnds, locks, lockedUntil: state?.lockedUntil ?? null };
  const waitMs = Math.min(windowMs * 2 ** locks, Math.max(dayMs, windowMs));
  return { attempts, windowEnds, locks: locks + 1, lockedUntil: now + waitMs };
}

/**
 * The address an attempt is counted under. IPv6 counts by its /64: one subscriber usually holds a whole /64 and
 * could otherwise take a fresh address every few attempts. An IPv4 address written as IPv6 counts as itself.
 */
function countedAddress(ip: string): string {
  const address = ip.replace(/%.*$/, ''); // a zone index names our interface, not the peer
  if (!isIPv6(address)) return address;
  const groups = ipv6Groups(address);
  const [, , , , , mark, high = 0, low = 0] = groups;
  if (mark === 0xffff && groups.slice(0, 5).every((group) => group === 0)) {
    return [high >> 8, high & 255, low >> 8, low & 255].join('.');
  }
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address, in any of its spellings. */
function ipv6Groups(address: string): number[] {
  const hex = address.replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/, (_: string, a: string, b: string, c: string, d: string) =>
    [(Number(a) << 8) | Number(b), (Number(c) << 8) | Number(d)].map((group) => group.toString(16)).join(':'),
  );
  const [head, tail] = hex.split('::');
  const parse = (part: string | undefined) => (part ? part.split(':').map((group) => parseInt(group, 16)) : []);
  const left = parse(head);
  const right = parse(tail);
  return tail === undefined ? left : [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
}
