import { z } from 'zod';
import { contactInputSchema } from './contacts';
import type { Language } from './messages';
import { sbReadFailureCodes } from './standard-books-sync';

/**
 * Standard Books is the master of its contacts: what may change where, the code clashes a person decides, and
 * the Smaily unsubscribes written back to Standard Books.
 *
 * /api/standard-books (administrators):
 * - GET /clashes → SbClashList: codes a read found both here (a local contact) and in Standard Books.
 * - PUT /clashes/:code ({choice}) → SbClashList: "Standard Books asendab", "Jäta kohalik", or null (undecided);
 *   the next read applies it.
 * - GET /write-back → SbWriteBackStatus; PUT /write-back ({enabled}) → SbWriteBackStatus.
 * - POST /write-back/runs → SbWriteBackStatus: works through what waits now (409 while a read runs).
 */

type Text = Record<Language, string>;

export const sbClashChoices = ['replace', 'keep-local'] as const;
export type SbClashChoice = (typeof sbClashChoices)[number];

export const sbClashSchema = z.object({
  code: z.string(),
  /** The local contact as it is now. */
  local: contactInputSchema,
  /** The Standard Books record as the last read found it, on the card's fields; null if it no longer reads. */
  standardBooks: contactInputSchema.nullable(),
  foundAt: z.string(),
  seenAt: z.string(),
  choice: z.enum(sbClashChoices).nullable(),
  chosenAt: z.string().nullable(),
  chosenBy: z.string().nullable(),
});
export type SbClash = z.infer<typeof sbClashSchema>;

export const sbClashListSchema = z.object({
  items: z.array(sbClashSchema),
  /** All clashes; `items` holds the first sbClashesShown of them. */
  total: z.number().int(),
});
export type SbClashList = z.infer<typeof sbClashListSchema>;
export const sbClashesShown = 200;

export const sbClashParamsSchema = z.object({ code: z.string().min(1).max(20) });
export const chooseSbClashSchema = z.strictObject({ choice: z.enum(sbClashChoices).nullable() });
export type ChooseSbClashInput = z.infer<typeof chooseSbClashSchema>;

/** Why writing an unsubscribe to Standard Books failed: a read's failures, and two of the write's own. */
export const sbWriteFailureCodes = [
  ...sbReadFailureCodes,
  /** Standard Books answered without an error, but reading the record back shows NoMailPosting still 0. */
  'not-written',
  /** Standard Books has no contact with this code. */
  'not-in-standard-books',
] as const;
export type SbWriteFailureCode = (typeof sbWriteFailureCodes)[number];

export const sbWriteBackFailureSchema = z.object({
  code: z.string(),
  attempts: z.number().int(),
  lastAttemptAt: z.string().nullable(),
  failure: z.enum(sbWriteFailureCodes),
  /** Standard Books' own error code, when it gave one. */
  apiCode: z.string().nullable(),
});
export type SbWriteBackFailure = z.infer<typeof sbWriteBackFailureSchema>;

export const sbWriteBackStatusSchema = z.object({
  /** "Kirjuta Smaily loobumised Standard Booksi". */
  enabled: z.boolean(),
  /** Unsubscribes waiting to be written, failed ones included. */
  pending: z.number().int(),
  /** The first sbClashesShown failed ones, with why. */
  failures: z.array(sbWriteBackFailureSchema),
});
export type SbWriteBackStatus = z.infer<typeof sbWriteBackStatusSchema>;

export const setSbWriteBackSchema = z.strictObject({ enabled: z.boolean() });

/** The subject of a write-back setting's entry in Sünkroniseerimise logi. */
export const sbWriteBackSubject = 'standard_books_write_back';

export const sbMasterTexts = {
  contactReadOnly: {
    et: 'See kontakt tuli Standard Booksist: selle Standard Booksi välju saab muuta ainult Standard Booksis. Muuda seal ja loe uuesti.',
    en: 'This contact came from Standard Books: its Standard Books fields can only be changed in Standard Books. Change them there and read again.',
  },
  entryReadOnly: {
    et: 'See kirje tuli Standard Booksist: seda saab muuta või kustutada ainult Standard Booksis. Muuda seal ja loe uuesti.',
    en: 'This entry came from Standard Books: it can only be changed or deleted in Standard Books. Change it there and read again.',
  },
  /** On each field a change to a Standard Books contact or entry would touch. */
  fieldReadOnly: {
    et: 'Tuleb Standard Booksist: muuda Standard Booksis',
    en: 'Comes from Standard Books: change it in Standard Books',
  },
  /** A CSV row that would change a Standard Books contact or entry. */
  importRowReadOnly: {
    et: 'Kirje tuli Standard Booksist: selle Standard Booksi välju saab muuta ainult Standard Booksis',
    en: 'This record came from Standard Books: its Standard Books fields can only be changed in Standard Books',
  },
  noClash: {
    et: 'Selle koodiga koodikonflikti pole (see võib olla juba lahendatud).',
    en: 'There is no code clash with this code (it may have been resolved already).',
  },
  writeBusy: {
    et: 'Lugemine Standard Booksist käib; loobumised kirjutatakse selle lõpus.',
    en: 'A read from Standard Books is running; the unsubscribes are written at its end.',
  },
  writeAlreadyRunning: {
    et: 'Loobumisi juba kirjutatakse Standard Booksi; tulemus on siin mõne hetke pärast.',
    en: 'The unsubscribes are already being written to Standard Books; the result shows here in a moment.',
  },
} satisfies Record<string, Text>;

/** Each write failure in words; a read's failures are said as sbFailureTexts says them. */
export const sbWriteOwnFailureTexts: Record<'not-written' | 'not-in-standard-books', Text> = {
  'not-written': {
    et: 'Standard Books vastas veata, kuid kirje tagasi lugedes on „Ära koosta massmaile“ endiselt maha võetud.',
    en: 'Standard Books answered without an error, but reading the record back shows "Exclude from mass e-mail" still clear.',
  },
  'not-in-standard-books': {
    et: 'Standard Booksis pole selle koodiga kontakti.',
    en: 'Standard Books has no contact with this code.',
  },
};
