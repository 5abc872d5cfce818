/** Query keys of the Standard Books ühendus page. */
export const sbKeys = {
  all: ['standard-books'] as const,
  status: () => [...sbKeys.all, 'status'] as const,
  clashes: () => [...sbKeys.all, 'clashes'] as const,
  writeBack: () => [...sbKeys.all, 'write-back'] as const,
};
