import type { Lookups } from '../../shared/registers';

/** GET /api/lookups of an installation with empty registers; screen tests add the entries they need. */
export const emptyLookups: Lookups = {
  customerClasses: [],
  classificationTypes: [],
  classifications: [],
  objectTypes: [],
  objects: [],
};
