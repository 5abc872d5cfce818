/** Query keys of Smaily automaatne edastus: one status, read by its page and by the shell's banner. */
export const automaticSyncKeys = {
  all: ['automatic-sync'] as const,
  status: () => [...automaticSyncKeys.all, 'status'] as const,
};
