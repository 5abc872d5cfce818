import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A fresh, empty DATA_DIR of a test's own; remove it when the test ends. */
export function createTestDataDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'sb-smaily-test-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A 32-byte key in base64, fixed for tests so that their stored secrets can be compared. */
export const testSecretKey = Buffer.alloc(32, 7).toString('base64');
