import SQLite from 'better-sqlite3';
import { chmodSync, constants, copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { databaseFile } from '../db/database';
import { KEY_FILE_NAME } from '../secrets/secret-key';

/** The key file that travels with a backup: `<backup>.secret.key`, next to it. */
export const backupKeyFile = (backupFile: string): string => `${backupFile}.${KEY_FILE_NAME}`;

export class BackupError extends Error {}

export interface BackupResult {
  file: string;
  bytes: number;
  contacts: number;
  jobs: number;
  /** Where the key went, or why it did not (SECRET_KEY is the operator's to keep). */
  key: { copiedTo: string } | { secretKeySetting: true } | { missing: string };
}

/**
 * A consistent copy of the live database with SQLite's online backup, from a connection of its own (read-only):
 * the running app goes on reading and writing meanwhile. All pages are copied in one step, which reads one
 * snapshot — copied in small steps, every write of a running job would start the copy over. The copy is
 * checked, made a single self-contained file (no -wal), readable by its owner only, and appears under its name
 * only when complete. The key file is copied next to it, since without it the Smaily password cannot be opened.
 */
export async function backupDatabase({
  dataDir,
  to,
  secretKeySet,
}: {
  dataDir: string;
  to: string;
  secretKeySet: boolean;
}): Promise<BackupResult> {
  const source = databaseFile(dataDir);
  if (!existsSync(source)) throw new BackupError(`There is no database at ${source} (check DATA_DIR or --data-dir)`);
  const keyTarget = backupKeyFile(to);
  for (const target of [to, keyTarget]) {
    if (existsSync(target)) throw new BackupError(`${target} already exists; choose another name or move it away`);
  }
  if (!existsSync(path.dirname(path.resolve(to)))) throw new BackupError(`The folder of ${to} does not exist`);

  const partial = `${to}.partial-${process.pid}`;
  const live = new SQLite(source, { readonly: true, fileMustExist: true });
  try {
    live.pragma('busy_timeout = 5000');
    await live.backup(partial, { progress: () => 0x7fffffff });
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    live.close();
  }

  let counts: { contacts: number; jobs: number };
  try {
    chmodSync(partial, 0o600);
    counts = checkCopy(partial);
    renameSync(partial, to);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  return { file: to, bytes: statSync(to).size, ...counts, key: copyKey(dataDir, keyTarget, secretKeySet) };
}

/** Opens the copy on its own: it must pass SQLite's integrity check, and becomes one file without a -wal. */
function checkCopy(file: string): { contacts: number; jobs: number } {
  const copy = new SQLite(file, { fileMustExist: true });
  try {
    const integrity = copy.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new BackupError(`The copy failed SQLite's integrity check: ${String(integrity)}`);
    copy.pragma('journal_mode = DELETE');
    const count = (table: string) => (copy.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { contacts: count('contacts'), jobs: count('push_jobs') };
  } finally {
    copy.close();
  }
}

function copyKey(dataDir: string, target: string, secretKeySet: boolean): BackupResult['key'] {
  if (secretKeySet) return { secretKeySetting: true };
  const keyFile = path.join(dataDir, KEY_FILE_NAME);
  if (!existsSync(keyFile)) return { missing: keyFile };
  copyFileSync(keyFile, target, constants.COPYFILE_EXCL);
  chmodSync(target, 0o600);
  return { copiedTo: target };
}
