import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config';

describe('the push settings', () => {
  it('keep ten batches of a job in flight by default, and no diagnostics', () => {
    expect(loadConfig({})).toMatchObject({ SMAILY_MAX_IN_FLIGHT: 10, BENCH_DIAGNOSTICS: false });
    expect(loadConfig({ SMAILY_MAX_IN_FLIGHT: '1', BENCH_DIAGNOSTICS: 'true' })).toMatchObject({
      SMAILY_MAX_IN_FLIGHT: 1,
      BENCH_DIAGNOSTICS: true,
    });
  });

  it.each([
    ['SMAILY_MAX_IN_FLIGHT', '0'],
    ['SMAILY_MAX_IN_FLIGHT', '51'],
    ['SMAILY_MAX_IN_FLIGHT', '2.5'],
    ['SMAILY_MAX_IN_FLIGHT', 'many'],
    ['BENCH_DIAGNOSTICS', 'yes'],
  ])('refuse %s=%s at the start, naming the setting', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}:`));
  });
});
