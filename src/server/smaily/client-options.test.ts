import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { createSmailyClient } from './client';
import { smailyClientOptionsFromConfig } from './options-from-config';

const logger = pino({ level: 'silent' });

describe('smailyClientOptionsFromConfig', () => {
  it('wires the settings, with production defaults of 1 s doubling to 30 s over 5 attempts', () => {
    const options = smailyClientOptionsFromConfig(loadConfig({}), logger);
    expect(options).toMatchObject({
      urlTemplate: 'https://{subdomain}.sendsmaily.net',
      maxRps: 4,
      timeoutMs: 30_000,
      probeTimeoutMs: 15_000,
      retry: { attempts: 5, baseDelayMs: 1000, maxDelayMs: 30_000 },
      random: Math.random,
    });
    expect(() => createSmailyClient(options)).not.toThrow();
  });
});

describe('createSmailyClient', () => {
  const valid = smailyClientOptionsFromConfig(loadConfig({}), logger);

  it.each([
    ['a template without {subdomain}', { urlTemplate: 'https://smaily.example' }, /\{subdomain\}/],
    ['a template that is not HTTP', { urlTemplate: 'file:///{subdomain}' }, /https/],
    ['a rate of 0', { maxRps: 0 }, /maxRps/],
    ['no attempts', { retry: { attempts: 0, baseDelayMs: 1, maxDelayMs: 1 } }, /retry\.attempts/],
    ['a negative delay', { retry: { attempts: 1, baseDelayMs: -1, maxDelayMs: 1 } }, /negative/],
  ])('refuses %s at once', (_name, change, message) => {
    expect(() => createSmailyClient({ ...valid, ...change })).toThrow(message);
  });
});
