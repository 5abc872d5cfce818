export const authKeys = {
  setup: ['auth', 'setup'] as const,
};
