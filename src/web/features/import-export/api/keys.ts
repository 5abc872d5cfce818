export const importKeys = {
  all: ['import'] as const,
  preview: (sessionId: string) => ['import', 'preview', sessionId] as const,
};

/** What a committed import makes stale: the contacts register and cards, the code lists and the code pickers. */
export const changedByImport = [['contacts'], ['registers'], ['lookups']] as const;
