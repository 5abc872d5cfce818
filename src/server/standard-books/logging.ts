import type { Logger } from 'pino';

// The client never logs these; redaction is the second line of defence should a future line try.
export const SB_LOG_REDACT_PATHS = [
  'password',
  '*.password',
  'username',
  '*.username',
  'authorization',
  '*.authorization',
  'headers',
  '*.headers',
  'body',
  '*.body',
  'fields',
  '*.fields',
  'description',
  '*.description',
  'hint',
];

export function createSbLogger(logger: Logger): Logger {
  return logger.child(
    { component: 'standard-books-client' },
    { redact: { paths: SB_LOG_REDACT_PATHS, censor: '[redacted]' } },
  );
}
