/** Every screen's address, in one place, so that links between features need not know each other. */
export const paths = {
  login: '/login',
  setup: '/setup',
  contacts: '/contacts',
  newContact: '/contacts/new',
  contact: (code: string) => `/contacts/card/${encodeURIComponent(code)}`,
  contactPattern: '/contacts/card/:code',
  importExport: '/import-export',
  customerClasses: '/customer-classes',
  classifications: '/classifications',
  objects: '/objects',
  eServices: '/settings/e-services',
  standardBooks: '/settings/standard-books',
  users: '/settings/users',
  smailyFields: '/crm/smaily-fields',
  smailyPush: '/crm/smaily-push',
  smailyPushJob: (id: number | string) => `/crm/smaily-push?job=${encodeURIComponent(String(id))}`,
  syncLog: '/crm/sync-log',
  /** Smaily logi's address before it became Sünkroniseerimise logi. */
  movedSmailyLog: '/crm/smaily-log',
} as const;
