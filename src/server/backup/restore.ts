import { chmodSync, constants, copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { databaseFile, openDatabase } from '../db/database';
import { KEY_FILE_NAME } from '../secrets/secret-key';
import { BackupError, backupKeyFile } from './backup';

export interface RestoreResult {
  dataDir: string;
  /** The key file restored with the database, if the backup had one. */
  keyRestored: boolean;
}

/**
 * Puts a backup into an empty data folder: the database (brought to this version's migrations) and the key file
 * that was copied next to it. It never writes over a data folder in use: the operator stops the app and moves
 * the old folder away first, so that a mistyped path cannot destroy the live data.
 */
export async function restoreBackup({ from, dataDir }: { from: string; dataDir: string }): Promise<RestoreResult> {
  if (!existsSync(from)) throw new BackupError(`There is no backup at ${from}`);
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    throw new BackupError(`${dataDir} is not empty; stop the app and move the old data folder away first`);
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  const file = databaseFile(dataDir);
  try {
    copyFileSync(from, file, constants.COPYFILE_EXCL);
    chmodSync(file, 0o600);
    const db = await openDatabase(dataDir); // checks that it is a database of this app, and migrates it
    await db.destroy();
  } catch (error) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
    throw error instanceof BackupError
      ? error
      : new BackupError(`${from} could not be opened as a backup: ${String(error)}`);
  }

  const key = backupKeyFile(from);
  if (!existsSync(key)) return { dataDir, keyRestored: false };
  const keyTarget = path.join(dataDir, KEY_FILE_NAME);
  copyFileSync(key, keyTarget, constants.COPYFILE_EXCL);
  chmodSync(keyTarget, 0o600);
  return { dataDir, keyRestored: true };
}
