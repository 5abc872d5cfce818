import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config';
import { createSmailyClient } from './client';
import { smailyClientOptionsFromConfig } from './options-from-config';

const template = (value: string) => loadConfig({ SMAILY_URL_TEMPLATE: value }).SMAILY_URL_TEMPLATE;

describe('SMAILY_URL_TEMPLATE', () => {
  it.each([
    'https://{subdomain}.sendsmaily.net',
    'https://smaily-proxy.example.ee/{subdomain}',
    'http://127.0.0.1:4010/{subdomain}',
    'http://127.8.9.10/{subdomain}',
    'http://localhost:4010/{subdomain}',
    'http://[::1]:4010/{subdomain}',
  ])('takes %s', (value) => {
    expect(template(value)).toBe(value);
  });

  it.each([
    'http://{subdomain}.sendsmaily.net',
    'http://10.0.0.5:4010/{subdomain}',
    'http://{subdomain}.localhost:4010',
    'http://localhost.example.ee/{subdomain}',
    'http://[::ffff:10.0.0.5]/{subdomain}',
  ])('refuses plain http to %s, naming the setting and why', (value) => {
    expect(() => template(value)).toThrow(ConfigError);
    expect(() => template(value)).toThrow(
      /SMAILY_URL_TEMPLATE: may use http:\/\/ only for a loopback address .* credentials would cross the network in clear/,
    );
  });

  it('the client refuses such a template too, whoever builds its options', () => {
    const options = smailyClientOptionsFromConfig(loadConfig({}), pino({ level: 'silent' }));
    expect(() => createSmailyClient({ ...options, urlTemplate: 'http://{subdomain}.sendsmaily.net' })).toThrow(
      /only for a loopback address/,
    );
  });

  it('a start with a non-loopback http template stops with the message', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'url-template-'));
    try {
      const start = promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
        cwd: path.resolve(import.meta.dirname, '../../..'),
        env: {
          PATH: process.env.PATH ?? '',
          DATA_DIR: dataDir,
          PORT: '0',
          SMAILY_URL_TEMPLATE: 'http://{subdomain}.sendsmaily.net',
        },
        timeout: 20_000,
      });
      await expect(start).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringContaining('SMAILY_URL_TEMPLATE: may use http:// only for a loopback address') as unknown,
      });
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
