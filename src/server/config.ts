import { z } from 'zod';

const positiveInt = z.coerce.number().int().positive();
const nonNegativeInt = z.coerce.number().int().nonnegative();

// Every setting of product.md "Settings", plus the timing knobs that tests turn down to milliseconds.
const envSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATA_DIR: z.string().min(1).default('./data'),
    SECRET_KEY: z
      .string()
      .refine((value) => Buffer.from(value, 'base64').length === 32, 'must be 32 bytes in base64')
      .optional(),
    SMAILY_URL_TEMPLATE: z
      .string()
      .default('https://{subdomain}.sendsmaily.net')
      .refine((value) => value.includes('{subdomain}'), 'must contain {subdomain}')
      .refine((value) => /^https?:\/\/[^/]/.test(value), 'must start with https:// or http://'),
    SMAILY_BATCH_SIZE: positiveInt.max(10000).default(1000),
    SMAILY_MAX_RPS: z.coerce.number().positive().max(5).default(4),
    SMAILY_TIMEOUT_MS: positiveInt.default(30000),
    SMAILY_PROBE_TIMEOUT_MS: positiveInt.default(15000),
    SMAILY_RETRY_ATTEMPTS: positiveInt.max(20).default(5),
    SMAILY_RETRY_BASE_MS: nonNegativeInt.default(1000),
    SMAILY_RETRY_MAX_MS: nonNegativeInt.default(30000),
    ADMIN_EMAIL: z.email().optional(),
    ADMIN_PASSWORD: z.string().min(8, 'must be at least 8 characters').optional(),
    SESSION_TTL_MINUTES: positiveInt.default(8 * 60),
    LOGIN_MAX_ATTEMPTS: positiveInt.default(5),
    LOGIN_MAX_ATTEMPTS_PER_ADDRESS: positiveInt.default(20),
    LOGIN_WINDOW_MS: positiveInt.default(15 * 60 * 1000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .refine((env) => Boolean(env.ADMIN_EMAIL) === Boolean(env.ADMIN_PASSWORD), {
    message: 'ADMIN_EMAIL and ADMIN_PASSWORD go together',
    path: ['ADMIN_PASSWORD'],
  });

export type Config = z.infer<typeof envSchema>;

export class ConfigError extends Error {}

/** Parses the environment once; a bad value stops the start with a message naming the setting. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty variable means "not set", as a shell user would expect from `PORT= npm start`.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const result = envSchema.safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.') || 'environment'}: ${issue.message}`);
    throw new ConfigError(`Invalid settings:\n${lines.join('\n')}`);
  }
  return result.data;
}
