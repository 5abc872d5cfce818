import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDataDir } from '../testing/data-dir';
import { createSecretBox } from './secret-box';
import { KEY_FILE_NAME, loadSecretKey } from './secret-key';

const keyA = Buffer.alloc(32, 1);
const keyB = Buffer.alloc(32, 2);
const PASSWORD = 'Api-Pass-ÕÜ-42';

/** Changes one byte of the part at `index` (1 iv, 2 tag, 3 ciphertext) of a sealed value. */
function flipByte(sealed: string, index: number): string {
  const parts = sealed.split('.');
  const bytes = Buffer.from(parts[index] ?? '', 'base64url');
  bytes[0] = (bytes[0] ?? 0) ^ 0x01;
  parts[index] = bytes.toString('base64url');
  return parts.join('.');
}

describe('secret box', () => {
  const box = createSecretBox(keyA);

  it('opens what it sealed, and seals the same text differently each time', () => {
    const first = box.seal(PASSWORD, 'smaily-password');
    const second = box.seal(PASSWORD, 'smaily-password');
    expect(first).toMatch(/^v1\.[\w-]{16}\.[\w-]{22}\.[\w-]+$/);
    expect(first).not.toBe(second);
    expect(box.open(first, 'smaily-password')).toBe(PASSWORD);
    expect(box.open(second, 'smaily-password')).toBe(PASSWORD);
  });

  it('holds neither the text nor its base64 in the sealed value', () => {
    const sealed = box.seal(PASSWORD, 'smaily-password');
    expect(sealed).not.toContain(PASSWORD);
    expect(sealed).not.toContain(Buffer.from(PASSWORD).toString('base64url'));
  });

  it.each([
    ['a flipped IV byte', (sealed: string) => flipByte(sealed, 1)],
    ['a flipped tag byte', (sealed: string) => flipByte(sealed, 2)],
    ['a flipped ciphertext byte', (sealed: string) => flipByte(sealed, 3)],
    ['a cut value', (sealed: string) => sealed.slice(0, -4)],
    ['another version', (sealed: string) => sealed.replace(/^v1/, 'v2')],
    ['an extra part', (sealed: string) => `${sealed}.AA`],
    ['no parts', () => 'plain text'],
  ])('gives null for %s', (_name, change) => {
    expect(box.open(change(box.seal(PASSWORD, 'smaily-password')), 'smaily-password')).toBeNull();
  });

  it('gives null with another key or for another purpose', () => {
    const sealed = box.seal(PASSWORD, 'smaily-password');
    expect(createSecretBox(keyB).open(sealed, 'smaily-password')).toBeNull();
    expect(box.open(sealed, 'other-purpose')).toBeNull();
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() => createSecretBox(Buffer.alloc(16))).toThrow(/32 bytes/);
  });
});

describe('loadSecretKey', () => {
  let data: ReturnType<typeof createTestDataDir>;
  beforeEach(() => {
    data = createTestDataDir();
  });
  afterEach(() => data.remove());

  it('uses SECRET_KEY when it is set, and creates no key file', () => {
    expect(loadSecretKey({ SECRET_KEY: keyB.toString('base64'), DATA_DIR: data.dir })).toEqual(keyB);
    expect(() => statSync(path.join(data.dir, KEY_FILE_NAME))).toThrow();
  });

  it('otherwise creates a key file with mode 0600 once and reads the same key afterwards', () => {
    const dir = path.join(data.dir, 'nested');
    const key = loadSecretKey({ DATA_DIR: dir });
    const file = path.join(dir, KEY_FILE_NAME);
    expect(key).toHaveLength(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64')).toEqual(key);
    expect(loadSecretKey({ DATA_DIR: dir })).toEqual(key);
  });

  it('refuses a damaged key file, naming it, instead of replacing it', () => {
    const file = path.join(data.dir, KEY_FILE_NAME);
    writeFileSync(file, 'c2hvcnQ=\n', { mode: 0o600 });
    expect(() => loadSecretKey({ DATA_DIR: data.dir })).toThrow(file);
    expect(readFileSync(file, 'utf8')).toBe('c2hvcnQ=\n');
  });
});
