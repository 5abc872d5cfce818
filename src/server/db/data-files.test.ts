import { statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { createTestDataDir } from '../testing/data-dir';
import { createTestApp } from '../testing/test-app';
import { databaseFile } from './database';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

const modeOf = (file: string) => (statSync(file).mode & 0o777).toString(8);

it('creates a new DATA_DIR that only the app’s user can enter, and its database files readable by it alone', async () => {
  const parent = createTestDataDir();
  cleanups.push(parent.remove);
  const dataDir = path.join(parent.dir, 'new', 'data');
  const testApp = await createTestApp({ env: { DATA_DIR: dataDir } });
  await testApp.signIn('user'); // writes, so that the WAL and its index exist

  const file = databaseFile(dataDir);
  expect(modeOf(dataDir)).toBe('700');
  expect({ db: modeOf(file), wal: modeOf(`${file}-wal`), shm: modeOf(`${file}-shm`) }).toEqual({
    db: '600',
    wal: '600',
    shm: '600',
  });
  await testApp.close();
});
