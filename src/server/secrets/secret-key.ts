import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Config } from '../config';
import { SECRET_KEY_BYTES } from './secret-box';

export const KEY_FILE_NAME = 'secret.key';

function isErrorCode(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code;
}

function readKeyFile(file: string): Buffer {
  const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== SECRET_KEY_BYTES) {
    throw new Error(
      `The key file ${file} does not hold a ${SECRET_KEY_BYTES}-byte key in base64; restore it or set SECRET_KEY`,
    );
  }
  return key;
}

/**
 * The key that seals stored secrets: SECRET_KEY when set (config checked it is 32 bytes), otherwise the key file
 * in DATA_DIR, created on first start with mode 0600 so that only the app's own user can read it. Losing the key
 * only means activating Smaily again: nothing else depends on it.
 */
export function loadSecretKey(config: Pick<Config, 'SECRET_KEY' | 'DATA_DIR'>): Buffer {
  if (config.SECRET_KEY) return Buffer.from(config.SECRET_KEY, 'base64');
  mkdirSync(config.DATA_DIR, { recursive: true, mode: 0o700 });
  const file = path.join(config.DATA_DIR, KEY_FILE_NAME);
  try {
    // 'wx': never overwrite a key another process has just written.
    writeFileSync(file, `${randomBytes(SECRET_KEY_BYTES).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if (!isErrorCode(error, 'EEXIST')) throw error;
  }
  return readKeyFile(file);
}
