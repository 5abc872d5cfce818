import type { Db } from '../db/database';
import type { SecretBox } from '../secrets/secret-box';
import { parseServerAddress } from '../standard-books/address';
import type { SbConnection } from '../standard-books/types';
import { readConnectionRow, type ConnectionRow } from './connection-store';

/** The associated data the password is sealed with: a sealed value cannot be moved to another column's purpose. */
export const SB_PASSWORD_PURPOSE = 'standard-books-password';

export type ActiveSbConnection =
  | { status: 'connected'; connection: SbConnection }
  /** Never connected, or deactivated. */
  | { status: 'not-connected' }
  /** A connection is stored, but this installation's key no longer opens the password (or the row was damaged). */
  | { status: 'needs-reconnect' };

export function openConnectionRow(row: ConnectionRow, secrets: SecretBox): ActiveSbConnection {
  const { address, company_no: companyNo, username, password_sealed: sealed } = row;
  if (address === null && sealed === null) return { status: 'not-connected' };
  if (address === null || companyNo === null || username === null || sealed === null) {
    return { status: 'needs-reconnect' };
  }
  // The address is checked again: the row is all that stands between the database and where credentials go.
  const password = secrets.open(sealed, SB_PASSWORD_PURPOSE);
  if (!parseServerAddress(address).ok || password === null) return { status: 'needs-reconnect' };
  return { status: 'connected', connection: { address, companyNo, username, password } };
}

/** The connection a read uses, with its password opened, or why there is none. Never throws for a changed key. */
export async function loadActiveConnection(db: Db, secrets: SecretBox): Promise<ActiveSbConnection> {
  return openConnectionRow(await readConnectionRow(db), secrets);
}
