import type { Logger } from 'pino';
import type { Config } from '../config';
import type { SmailyClientOptions } from './types';

type SmailySettings = Pick<
  Config,
  | 'SMAILY_URL_TEMPLATE'
  | 'SMAILY_MAX_RPS'
  | 'SMAILY_TIMEOUT_MS'
  | 'SMAILY_PROBE_TIMEOUT_MS'
  | 'SMAILY_RETRY_ATTEMPTS'
  | 'SMAILY_RETRY_BASE_MS'
  | 'SMAILY_RETRY_MAX_MS'
>;

/** The production wiring: settings from config.ts, Math.random for jitter, real waits. */
export function smailyClientOptionsFromConfig(config: SmailySettings, logger: Logger): SmailyClientOptions {
  return {
    urlTemplate: config.SMAILY_URL_TEMPLATE,
    maxRps: config.SMAILY_MAX_RPS,
    timeoutMs: config.SMAILY_TIMEOUT_MS,
    probeTimeoutMs: config.SMAILY_PROBE_TIMEOUT_MS,
    retry: {
      attempts: config.SMAILY_RETRY_ATTEMPTS,
      baseDelayMs: config.SMAILY_RETRY_BASE_MS,
      maxDelayMs: config.SMAILY_RETRY_MAX_MS,
    },
    random: Math.random,
    logger,
  };
}
