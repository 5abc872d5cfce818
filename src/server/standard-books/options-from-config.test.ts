import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config';
import { createStandardBooksClient } from './client';
import { sbClientOptionsFromConfig } from './options-from-config';

const logger = pino({ level: 'silent' });

describe('sbClientOptionsFromConfig', () => {
  it('wires the defaults: pages of 1000 a second apart, no private addresses, the registers of standard-books.md', () => {
    const options = sbClientOptionsFromConfig(loadConfig({}), logger);
    expect(options).toMatchObject({
      timeoutMs: 60_000,
      checkTimeoutMs: 15_000,
      retry: { attempts: 5, baseDelayMs: 1000, maxDelayMs: 30_000 },
      pageSize: 1000,
      pauseBetweenPagesMs: 1000,
      maxResponseBytes: 64 * 1024 * 1024,
      allowPrivateAddresses: false,
      registers: {
        contacts: 'CUVc',
        customerClasses: 'CCatVc',
        classificationTypes: 'CClassTypeVc',
        classifications: 'CClassVc',
        objectTypes: 'OTVc',
        objects: 'ObjVc',
      },
      random: Math.random,
    });
    expect(options.resolve).toBeUndefined();
    expect(() => createStandardBooksClient(options)).not.toThrow();
  });

  it('reads the settings from the environment', () => {
    const config = loadConfig({
      SB_ALLOW_PRIVATE_ADDRESSES: 'true',
      SB_PAGE_SIZE: '5000',
      SB_PAGE_PAUSE_MS: '0',
      SB_REGISTER_CLASSIFICATION_TYPES: 'CClassTypeBlock',
    });
    expect(sbClientOptionsFromConfig(config, logger)).toMatchObject({
      allowPrivateAddresses: true,
      pageSize: 5000,
      pauseBetweenPagesMs: 0,
      registers: { classificationTypes: 'CClassTypeBlock' },
    });
    expect(loadConfig({ SB_ALLOW_PRIVATE_ADDRESSES: '0' }).SB_ALLOW_PRIVATE_ADDRESSES).toBe(false);
  });

  it.each([
    ['SB_ALLOW_PRIVATE_ADDRESSES', 'yes'],
    ['SB_PAGE_SIZE', '5001'],
    ['SB_PAGE_SIZE', '0'],
    ['SB_REGISTER_CONTACTS', 'CUVc/../x'],
    ['SB_REGISTER_OBJECTS', 'Obj Vc'],
    ['SB_RETRY_ATTEMPTS', '0'],
  ])('refuses %s=%j naming the setting', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(name);
  });
});

describe('createStandardBooksClient', () => {
  const valid = sbClientOptionsFromConfig(loadConfig({}), logger);

  it.each([
    ['no attempts', { retry: { attempts: 0, baseDelayMs: 1, maxDelayMs: 1 } }, /retry\.attempts/],
    ['a zero timeout', { timeoutMs: 0 }, /timeoutMs/],
    ['a negative pause', { pauseBetweenPagesMs: -1 }, /negative/],
    ['a register name with a slash', { registers: { ...valid.registers, contacts: 'CUVc/1' } }, /register name/],
  ])('refuses %s at once', (_name, change, message) => {
    expect(() => createStandardBooksClient({ ...valid, ...change })).toThrow(message);
  });
});
