/** Query keys of Smaily päringu väljad: the grid, and the contacts its preview picks from. */
export const smailyFieldsKeys = {
  all: ['smaily-fields'] as const,
  mapping: ['smaily-fields', 'mapping'] as const,
  previewContacts: (search: string) => ['smaily-fields', 'preview-contacts', search] as const,
  previewContact: (code: string) => ['smaily-fields', 'preview-contact', code] as const,
};
