import { z } from 'zod';

/** The code lists a contact card links to. Each entry: a code (fixed after its first save) and a name. */
export const customerClassSchema = z.object({ code: z.string(), name: z.string() });
export type CustomerClass = z.infer<typeof customerClassSchema>;

export const classificationTypeSchema = z.object({ code: z.string(), name: z.string() });
export type ClassificationType = z.infer<typeof classificationTypeSchema>;

export const classificationSchema = z.object({ code: z.string(), name: z.string(), typeCode: z.string() });
export type Classification = z.infer<typeof classificationSchema>;

export const objectTypeSchema = z.object({ code: z.string(), name: z.string() });
export type ObjectType = z.infer<typeof objectTypeSchema>;

export const objectSchema = z.object({ code: z.string(), name: z.string(), typeCode: z.string() });
export type ContactObject = z.infer<typeof objectSchema>;

/** Everything a card or a filter needs to offer and describe codes, fetched once. */
export const lookupsSchema = z.object({
  customerClasses: z.array(customerClassSchema),
  classificationTypes: z.array(classificationTypeSchema),
  classifications: z.array(classificationSchema),
  objectTypes: z.array(objectTypeSchema),
  objects: z.array(objectSchema),
});
export type Lookups = z.infer<typeof lookupsSchema>;
