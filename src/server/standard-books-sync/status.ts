import {
  sbCheckFailureCodes,
  sbConnectionResultCodes,
  sbReadSummarySchema,
  sbRegisterKeys,
  type SbReadSummary,
  type SbStatus,
} from '../../shared/standard-books-sync';
import type { Db } from '../db/database';
import type { SecretBox } from '../secrets/secret-box';
import type { SbRegisterNames } from '../standard-books/types';
import { openConnectionRow } from './active-connection';
import { readConnectionRow, type ConnectionRow } from './connection-store';
import type { StandardBooksReader } from './read-service';

export interface StatusDeps {
  db: Db;
  secrets: SecretBox;
  reader: StandardBooksReader;
  registerNames: SbRegisterNames;
  dailyFullReadAt: string;
}

function known<T extends string>(codes: readonly T[], value: string | null): T | null {
  return codes.find((code) => code === value) ?? null;
}

function moment<T extends string>(code: T | null, at: string | null): { code: T; at: string } | null {
  return code !== null && at !== null ? { code, at } : null;
}

function lastRead(row: ConnectionRow): SbReadSummary | null {
  if (row.last_read === null) return null;
  try {
    const parsed = sbReadSummarySchema.safeParse(JSON.parse(row.last_read));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** What the page shows: the connection without its password, the running read, the last one and the marks. */
export async function loadSbStatus({
  db,
  secrets,
  reader,
  registerNames,
  dailyFullReadAt,
}: StatusDeps): Promise<SbStatus> {
  const row = await readConnectionRow(db);
  const marks = new Map(
    (await db.selectFrom('standard_books_registers').selectAll().execute()).map((mark) => [mark.register, mark]),
  );
  return {
    connection: {
      state: openConnectionRow(row, secrets).status,
      address: row.address,
      companyNo: row.company_no,
      username: row.username,
      connectedAt: row.connected_at,
      connectedBy: row.connected_by_name,
      result: moment(known(sbConnectionResultCodes, row.result_code), row.result_at),
      failure: moment(known(sbCheckFailureCodes, row.failure_code), row.failure_at),
    },
    read: {
      running: reader.running(),
      last: lastRead(row),
      registers: sbRegisterKeys.map((register) => {
        const mark = marks.get(register);
        return {
          register,
          name: registerNames[register],
          sequence: mark?.sequence ?? null,
          readAt: mark?.read_at ?? null,
          fullReadAt: mark?.full_read_at ?? null,
        };
      }),
      consecutiveFailures: row.consecutive_failures,
      dailyFullReadAt,
    },
  };
}
