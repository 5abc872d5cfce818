import type { Logger } from 'pino';

// The client never logs these; redaction is the second line of defence should a future line try.
export const SMAILY_LOG_REDACT_PATHS = [
  'password',
  '*.password',
  'authorization',
  '*.authorization',
  'headers',
  '*.headers',
  'body',
  '*.body',
  'rows',
  '*.rows',
  'row',
  'email',
  'account.username',
];

export function createSyncLogger(logger: Logger): Logger {
  return logger.child(
    { component: 'smaily-client' },
    { redact: { paths: SMAILY_LOG_REDACT_PATHS, censor: '[redacted]' } },
  );
}
