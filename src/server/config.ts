import { isIP } from 'node:net';
import { z } from 'zod';
import { urlTemplateProblem } from './smaily/smaily-url';

const positiveInt = z.coerce.number().int().positive();

/** `a, b ,c` → ['a', 'b', 'c'] */
const commaList = z.string().transform((value) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== ''),
);

/** An address or a CIDR range, as Fastify's trustProxy takes them. */
function isAddressOrRange(value: string): boolean {
  const [address = '', bits, ...rest] = value.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  const width = Number(bits);
  return /^\d+$/.test(bits) && width <= (version === 4 ? 32 : 128);
}

/** `https://sync.example.ee` (scheme, host and an optional port; nothing else) → its origin. */
function toOrigin(value: string): string | undefined {
  try {
    const url = new URL(value);
    const bare = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
    return (url.protocol === 'https:' || url.protocol === 'http:') && bare ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** What `HOST` names the machine itself by: only then may the app run without PUBLIC_ORIGIN. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}
const nonNegativeInt = z.coerce.number().int().nonnegative();

/** `true`/`false` (or 1/0) as a person would write them; z.coerce.boolean would read "false" as true. */
const flag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

/** A Standard Books register name (a HAL identifier such as CUVc): it goes into request paths. */
const registerName = z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/, 'must be a register name such as CUVc');
/** A Standard Books field name (a HAL identifier such as Comment): it goes into `fields=`. */
const fieldName = z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/, 'must be a field name such as Comment');
/** A time of day, HH:MM (24 h). */
const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day such as 03:30');

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
    // https only, http only for loopback: the rule and its reason are in smaily/smaily-url.ts.
    SMAILY_URL_TEMPLATE: z
      .string()
      .default('https://{subdomain}.sendsmaily.net')
      .superRefine((value, context) => {
        const problem = urlTemplateProblem(value);
        if (problem) context.addIssue({ code: 'custom', message: problem });
      }),
    SMAILY_BATCH_SIZE: positiveInt.max(10000).default(1000),
    /** Rows per page when Smaily's unsubscribed list is read; Smaily caps a page at 25 000. */
    SMAILY_UNSUBSCRIBERS_PAGE_SIZE: positiveInt.max(25000).default(2500),
    SMAILY_MAX_RPS: z.coerce.number().positive().max(5).default(4),
    /** Batches of one job in flight at once: with Smaily answering in 2 s, 4 requests/s need 8. */
    SMAILY_MAX_IN_FLIGHT: positiveInt.max(50).default(10),
    SMAILY_TIMEOUT_MS: positiveInt.default(30000),
    SMAILY_PROBE_TIMEOUT_MS: positiveInt.default(15000),
    SMAILY_RETRY_ATTEMPTS: positiveInt.max(20).default(5),
    SMAILY_RETRY_BASE_MS: nonNegativeInt.default(1000),
    SMAILY_RETRY_MAX_MS: nonNegativeInt.default(30000),
    IMPORT_MAX_BYTES: positiveInt.default(50 * 1024 * 1024),
    IMPORT_TOTAL_MAX_BYTES: positiveInt.default(200 * 1024 * 1024),
    // A fraction is allowed, so that tests can let an import expire in milliseconds.
    IMPORT_IDLE_MINUTES: z.coerce.number().positive().default(30),
    SB_TIMEOUT_MS: positiveInt.default(60000),
    SB_CHECK_TIMEOUT_MS: positiveInt.default(15000),
    SB_RETRY_ATTEMPTS: positiveInt.max(20).default(5),
    SB_RETRY_BASE_MS: nonNegativeInt.default(1000),
    SB_RETRY_MAX_MS: nonNegativeInt.default(30000),
    /** The vendor advises 1 000–5 000 records per request; smaller pages are allowed (tests, slow servers). */
    SB_PAGE_SIZE: positiveInt.max(5000).default(1000),
    SB_PAGE_PAUSE_MS: nonNegativeInt.default(1000),
    SB_MAX_RESPONSE_BYTES: positiveInt.default(64 * 1024 * 1024),
    /** Private and loopback addresses for on-premise servers; link-local and metadata addresses are never allowed. */
    SB_ALLOW_PRIVATE_ADDRESSES: flag.default(false),
    SB_REGISTER_CONTACTS: registerName.default('CUVc'),
    SB_REGISTER_CUSTOMER_CLASSES: registerName.default('CCatVc'),
    /** UNCONFIRMED name: by analogy with AccClassVc/AccClassTypeVc (standard-books.md §1.7). */
    SB_REGISTER_CLASSIFICATION_TYPES: registerName.default('CClassTypeVc'),
    SB_REGISTER_CLASSIFICATIONS: registerName.default('CClassVc'),
    SB_REGISTER_OBJECT_TYPES: registerName.default('OTVc'),
    SB_REGISTER_OBJECTS: registerName.default('ObjVc'),
    /** UNCONFIRMED except for ObjVc: the field holding a code list entry's name (standard-books.md §1.7). */
    SB_FIELD_DESCRIPTION: fieldName.default('Comment'),
    /** UNCONFIRMED: the classification's type in CClassVc. */
    SB_FIELD_CLASSIFICATION_TYPE: fieldName.default('ClassType'),
    SB_FIELD_OBJECT_TYPE: fieldName.default('OTCode'),
    /** The daily full read from Standard Books (it reconciles deletions), Tallinn time. */
    SB_FULL_READ_AT: timeOfDay.default('03:30'),
    /** How often newly stored Smaily unsubscribes are written to Standard Books (when that is on). */
    SB_WRITE_BACK_INTERVAL_MS: positiveInt.default(60 * 1000),
    ADMIN_EMAIL: z.email().optional(),
    ADMIN_PASSWORD: z.string().min(8, 'must be at least 8 characters').optional(),
    SESSION_TTL_MINUTES: positiveInt.default(8 * 60),
    LOGIN_MAX_ATTEMPTS: positiveInt.default(5),
    LOGIN_MAX_ATTEMPTS_PER_ADDRESS: positiveInt.default(20),
    LOGIN_WINDOW_MS: positiveInt.default(15 * 60 * 1000),
    /** Reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed (addresses or CIDR ranges). */
    TRUST_PROXY: commaList
      .refine((items) => items.every(isAddressOrRange), 'must be IP addresses or CIDR ranges, separated by commas')
      .optional(),
    /** The origins the app is served under; any other Host is refused (DNS rebinding). */
    PUBLIC_ORIGIN: commaList
      .refine((items) => items.length > 0 && items.every((item) => toOrigin(item) !== undefined), {
        message: 'must be origins such as https://sync.example.ee, separated by commas',
      })
      .transform((items) => items.map((item) => toOrigin(item) ?? item))
      .optional(),
    /** How often a worker thread checkpoints SQLite's write-ahead log (db/wal-checkpointer.ts). */
    SQLITE_CHECKPOINT_INTERVAL_MS: positiveInt.max(60_000).default(1000),
    SESSION_PURGE_INTERVAL_MS: positiveInt.default(60 * 60 * 1000),
    /** Per-contact job outcomes and log entries older than this are deleted; a job's summary row stays. */
    RETENTION_DAYS: positiveInt.max(36500).default(365),
    RETENTION_INTERVAL_MS: positiveInt.default(60 * 60 * 1000),
    /** `npm run bench:push`: a push job logs the longest event-loop stall it saw. */
    BENCH_DIAGNOSTICS: flag.default(false),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .refine((env) => Boolean(env.ADMIN_EMAIL) === Boolean(env.ADMIN_PASSWORD), {
    message: 'ADMIN_EMAIL and ADMIN_PASSWORD go together',
    path: ['ADMIN_PASSWORD'],
  })
  .refine((env) => env.IMPORT_TOTAL_MAX_BYTES >= env.IMPORT_MAX_BYTES, {
    message: 'must be at least IMPORT_MAX_BYTES',
    path: ['IMPORT_TOTAL_MAX_BYTES'],
  })
  .refine((env) => isLoopbackHost(env.HOST) || env.PUBLIC_ORIGIN !== undefined, {
    message:
      'is required when HOST is not a loopback address: the origins the app is served under, e.g. https://sync.example.ee',
    path: ['PUBLIC_ORIGIN'],
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
