import type { Logger } from 'pino';
import type { Config } from '../config';
import type { SbClientOptions, SbRegisterNames } from './types';

type SbSettings = Pick<
  Config,
  | 'SB_TIMEOUT_MS'
  | 'SB_CHECK_TIMEOUT_MS'
  | 'SB_RETRY_ATTEMPTS'
  | 'SB_RETRY_BASE_MS'
  | 'SB_RETRY_MAX_MS'
  | 'SB_PAGE_SIZE'
  | 'SB_PAGE_PAUSE_MS'
  | 'SB_MAX_RESPONSE_BYTES'
  | 'SB_ALLOW_PRIVATE_ADDRESSES'
  | 'SB_REGISTER_CONTACTS'
  | 'SB_REGISTER_CUSTOMER_CLASSES'
  | 'SB_REGISTER_CLASSIFICATION_TYPES'
  | 'SB_REGISTER_CLASSIFICATIONS'
  | 'SB_REGISTER_OBJECT_TYPES'
  | 'SB_REGISTER_OBJECTS'
>;

/** The register names the settings give (SB_REGISTER_*). */
export function sbRegisterNames(config: SbSettings): SbRegisterNames {
  return {
    contacts: config.SB_REGISTER_CONTACTS,
    customerClasses: config.SB_REGISTER_CUSTOMER_CLASSES,
    classificationTypes: config.SB_REGISTER_CLASSIFICATION_TYPES,
    classifications: config.SB_REGISTER_CLASSIFICATIONS,
    objectTypes: config.SB_REGISTER_OBJECT_TYPES,
    objects: config.SB_REGISTER_OBJECTS,
  };
}

/** The production wiring: settings from config.ts, Math.random for jitter, real waits, the system resolver. */
export function sbClientOptionsFromConfig(config: SbSettings, logger: Logger): SbClientOptions {
  return {
    timeoutMs: config.SB_TIMEOUT_MS,
    checkTimeoutMs: config.SB_CHECK_TIMEOUT_MS,
    retry: {
      attempts: config.SB_RETRY_ATTEMPTS,
      baseDelayMs: config.SB_RETRY_BASE_MS,
      maxDelayMs: config.SB_RETRY_MAX_MS,
    },
    pageSize: config.SB_PAGE_SIZE,
    pauseBetweenPagesMs: config.SB_PAGE_PAUSE_MS,
    maxResponseBytes: config.SB_MAX_RESPONSE_BYTES,
    allowPrivateAddresses: config.SB_ALLOW_PRIVATE_ADDRESSES,
    registers: sbRegisterNames(config),
    random: Math.random,
    logger,
  };
}
