import type { Migration } from 'kysely';
import { foundation } from './0001-foundation';
import { smailyFieldMappings } from './0002-smaily-field-mappings';
import { smailyAccount } from './0003-smaily-account';
import { contactSearchIndex } from './0004-contact-search-index';
import { pushJobs } from './0005-push-jobs';
import { contactLastSent } from './0006-contact-last-sent';
import { loginAttempts } from './0007-login-attempts';
import { retention } from './0008-retention';
import { syncLog } from './0009-sync-log';
import { consent } from './0010-consent';
import { standardBooks } from './0011-standard-books';
import { standardBooksMaster } from './0012-standard-books-master';

/**
 * Every migration, in order. Written in code rather than read from a folder, so that Vitest, tsx and a build
 * all run the same list. Add a new file and one line here; never edit a migration that has shipped.
 */
export const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-smaily-field-mappings': smailyFieldMappings,
  '0003-smaily-account': smailyAccount,
  '0004-contact-search-index': contactSearchIndex,
  '0005-push-jobs': pushJobs,
  '0006-contact-last-sent': contactLastSent,
  '0007-login-attempts': loginAttempts,
  '0008-retention': retention,
  '0009-sync-log': syncLog,
  '0010-consent': consent,
  '0011-standard-books': standardBooks,
  '0012-standard-books-master': standardBooksMaster,
};
