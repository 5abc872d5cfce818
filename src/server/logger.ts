import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * Secrets never reach the log: request headers that carry them, and any field named like a password, are
 * censored wherever they appear. Fastify's request log lines carry no bodies and no headers besides these.
 */
export const redactedPaths = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  'password',
  '*.password',
  'passwordRepeat',
  '*.passwordRepeat',
  'authorization',
  '*.authorization',
  'headers.authorization',
];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, redact: { paths: redactedPaths, censor: '[redacted]' } }, destination);
}
