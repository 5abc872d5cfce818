import { accountResultCodes, activationFailureCodes, smailyHost, type SmailyStatus } from '../../shared/smaily-account';
import type { Db } from '../db/database';
import type { SecretBox } from '../secrets/secret-box';
import { readAccountRow, type AccountRow } from './account-store';
import { openAccountRow } from './active-account';

function known<T extends string>(codes: readonly T[], value: string | null): T | null {
  return codes.find((code) => code === value) ?? null;
}

function moment<T extends string>(code: T | null, at: string | null): { code: T; at: string } | null {
  return code !== null && at !== null ? { code, at } : null;
}

/** What every signed-in user may know about the account: never the password, sealed or not. */
export function toStatus(row: AccountRow, secrets: SecretBox): SmailyStatus {
  return {
    state: openAccountRow(row, secrets).status,
    address: row.subdomain === null ? null : smailyHost(row.subdomain),
    username: row.username,
    activatedAt: row.activated_at,
    activatedBy: row.activated_by_name,
    result: moment(known(accountResultCodes, row.result_code), row.result_at),
    failure: moment(known(activationFailureCodes, row.failure_code), row.failure_at),
  };
}

export async function loadStatus(db: Db, secrets: SecretBox): Promise<SmailyStatus> {
  return toStatus(await readAccountRow(db), secrets);
}
