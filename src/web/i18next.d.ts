import 'i18next';
import type auth from './locales/et/auth.json';
import type common from './locales/et/common.json';
import type contacts from './locales/et/contacts.json';
import type importExport from './locales/et/import-export.json';
import type pushJobs from './locales/et/push-jobs.json';
import type registers from './locales/et/registers.json';
import type smailyAccount from './locales/et/smaily-account.json';
import type smailyFields from './locales/et/smaily-fields.json';
import type standardBooksSync from './locales/et/standard-books-sync.json';
import type syncLog from './locales/et/sync-log.json';
import type users from './locales/et/users.json';

// Every t('…') key is checked against the Estonian texts (the default language); locales.test.ts keeps the
// English files to the same keys.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      auth: typeof auth;
      common: typeof common;
      contacts: typeof contacts;
      'import-export': typeof importExport;
      'push-jobs': typeof pushJobs;
      registers: typeof registers;
      'smaily-account': typeof smailyAccount;
      'smaily-fields': typeof smailyFields;
      'standard-books-sync': typeof standardBooksSync;
      'sync-log': typeof syncLog;
      users: typeof users;
    };
  }
}
