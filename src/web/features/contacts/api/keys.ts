import type { ContactListQuery } from '../../../../shared/contacts';

export const contactKeys = {
  all: ['contacts'] as const,
  lists: ['contacts', 'list'] as const,
  list: (query: ContactListQuery) => ['contacts', 'list', query] as const,
  detail: (code: string) => ['contacts', 'detail', code] as const,
  smaily: (code: string) => ['contacts', 'smaily', code] as const,
  consent: (code: string) => ['contacts', 'consent', code] as const,
  smailyView: (code: string) => ['contacts', 'smaily-view', code] as const,
  origin: (code: string) => ['contacts', 'origin', code] as const,
};
