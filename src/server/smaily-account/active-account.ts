import { parseSmailyAddress } from '../../shared/smaily-address';
import type { Db } from '../db/database';
import type { SecretBox } from '../secrets/secret-box';
import type { SmailyAccount } from '../smaily/types';
import { readAccountRow, type AccountRow } from './account-store';

/** The associated data the password is sealed with: a sealed value cannot be moved to another column's purpose. */
export const SMAILY_PASSWORD_PURPOSE = 'smaily-password';

export type ActiveSmailyAccount =
  | { status: 'active'; account: SmailyAccount; activatedAt: string }
  /** Never activated, or deactivated. */
  | { status: 'inactive' }
  /** Credentials are stored, but this installation's key no longer opens the password (or the row was damaged). */
  | { status: 'needs-reactivation' };

export function openAccountRow(row: AccountRow, secrets: SecretBox): ActiveSmailyAccount {
  const { subdomain, username, password_sealed: sealed, activated_at: activatedAt } = row;
  if (subdomain === null && sealed === null) return { status: 'inactive' };
  if (subdomain === null || username === null || sealed === null || activatedAt === null)
    return { status: 'needs-reactivation' };
  // The address is checked again: the row is the only thing between the database and where credentials are sent.
  const address = parseSmailyAddress(subdomain);
  const password = secrets.open(sealed, SMAILY_PASSWORD_PURPOSE);
  if (!address.ok || address.subdomain !== subdomain || password === null) return { status: 'needs-reactivation' };
  return { status: 'active', account: { subdomain: address.subdomain, username, password }, activatedAt };
}

/**
 * The account a push uses: the stored credentials with the password opened, or why there are none. Never throws
 * for a key that no longer fits; callers say "activate again" for `needs-reactivation`.
 */
export async function loadActiveSmailyAccount(db: Db, secrets: SecretBox): Promise<ActiveSmailyAccount> {
  return openAccountRow(await readAccountRow(db), secrets);
}
