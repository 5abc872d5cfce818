import type { RegisterKind } from '../../../../shared/registers';

export const registerKeys = {
  all: ['registers'] as const,
  list: (kind: RegisterKind) => ['registers', 'list', kind] as const,
};

/** What a change of a code list makes stale: the lists, the code pickers' lookups and the contacts register's names. */
export const changedByRegisters = [registerKeys.all, ['lookups'], ['contacts']] as const;
