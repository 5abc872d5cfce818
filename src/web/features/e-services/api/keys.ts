/** Query keys of E-teenuste seadistused. */
export const eServicesKeys = {
  all: ['e-services'] as const,
  smailyStatus: ['e-services', 'smaily-status'] as const,
};
