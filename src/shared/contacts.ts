import { z } from 'zod';
import { codeSchema, findDuplicates, joinedLength } from './codes';
import { textField as text } from './text-field';

const codeList = (maxJoinedLength: number) =>
  z.array(codeSchema(20)).superRefine((codes, context) => {
    const duplicates = findDuplicates(codes);
    if (duplicates.length > 0) {
      context.addIssue({ code: 'custom', message: 'duplicateValues', params: { codes: duplicates.join(', ') } });
    }
    if (joinedLength(codes) > maxJoinedLength) {
      context.addIssue({ code: 'custom', message: 'listTooLong', params: { max: maxJoinedLength } });
    }
  });

export const contactTypes = [0, 1] as const; // 0 = Ettevõte (company), 1 = Eraisik (private person), as CUVc.CustType

/** What a card sends when it saves a contact. Field names are Standard Books' CUVc names. */
export const contactInputSchema = z.strictObject({
  Code: codeSchema(20),
  Name: text(200, { required: true }),
  CustType: z.union([z.literal(0), z.literal(1)]),
  CustCat: text(5),
  Classification: codeList(200),
  eMail: text(100),
  Phone: text(20),
  Mobile: text(20),
  Person: text(60),
  CountryCode: text(5),
  InvAddr0: text(60),
  InvAddr1: text(60),
  InvAddr2: text(60),
  InvAddr3: text(60),
  InvAddr4: text(60),
  Objects: codeList(60),
  VATNr: text(20),
  RegNr1: text(20),
  Comment: text(60),
  NoMailPosting: z.boolean(),
  blockedFlag: z.boolean(),
});
export type ContactInput = z.infer<typeof contactInputSchema>;

export const emptyContactInput: ContactInput = {
  Code: '',
  Name: '',
  CustType: 0,
  CustCat: '',
  Classification: [],
  eMail: '',
  Phone: '',
  Mobile: '',
  Person: '',
  CountryCode: '',
  InvAddr0: '',
  InvAddr1: '',
  InvAddr2: '',
  InvAddr3: '',
  InvAddr4: '',
  Objects: [],
  VATNr: '',
  RegNr1: '',
  Comment: '',
  NoMailPosting: false,
  blockedFlag: false,
};

export const contactSchema = contactInputSchema.extend({
  DateCreated: z.string(),
  DateChanged: z.string(),
});
export type Contact = z.infer<typeof contactSchema>;

export const contactParamsSchema = z.object({ code: z.string().min(1).max(20) });

export const contactSortSchema = z.enum(['code', '-code']);

export const contactListQuerySchema = z.object({
  search: text(100).optional(),
  custCat: text(5).optional(),
  classification: text(20).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  sort: contactSortSchema.default('code'),
});
/** What a caller may send; the server fills in the defaults. */
export type ContactListQuery = Partial<z.output<typeof contactListQuerySchema>>;

export const contactListItemSchema = z.object({
  Code: z.string(),
  Name: z.string(),
  eMail: z.string(),
  CustCat: z.string(),
  CustCatName: z.string().nullable(),
  Classification: z.array(z.string()),
  NoMailPosting: z.boolean(),
  blockedFlag: z.boolean(),
  /** A full read no longer found it in Standard Books: it stays in the register, marked. */
  removedFromStandardBooks: z.boolean(),
  /** Read from Standard Books: it changes only there (the card shows it read-only). */
  fromStandardBooks: z.boolean(),
});
export type ContactListItem = z.infer<typeof contactListItemSchema>;

export const contactListSchema = z.object({
  items: z.array(contactListItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type ContactList = z.infer<typeof contactListSchema>;
