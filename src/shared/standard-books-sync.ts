import { z } from 'zod';
import type { Language } from './messages';
import { textField } from './text-field';

/**
 * Üldine › Seadistused › Standard Books ühendus: the connection form, the status the page polls, and the words for
 * each outcome. The server stores codes and moments; whoever shows one formats it in the reader's language.
 *
 * /api/standard-books (administrators):
 * - GET /status → SbStatus: the connection (never its password) and the reads (running, last, per register).
 * - POST /check (SbConnectionInput) → SbCheckResult; a failure is a 4xx/5xx naming what is wrong. Stores nothing.
 * - PUT /connection (SbConnectionInput) → SbStatus: checks, then stores (the password sealed); refused otherwise.
 * - DELETE /connection → SbStatus; 409 while a read runs or when nothing is stored.
 * - POST /reads ({mode}) → 202 SbStatus: starts a read in the background; 409 while one runs or when not connected.
 * /api/contacts/:code/standard-books (every user) → SbContactOrigin.
 */

/** The registers, in the order a read takes them: a contact's links exist before the contact is written. */
export const sbRegisterKeys = [
  'customerClasses',
  'classificationTypes',
  'classifications',
  'objectTypes',
  'objects',
  'contacts',
] as const;
export type SbRegisterKey = (typeof sbRegisterKeys)[number];

/** The form: Aadress, Firma nr, Kasutajatunnus, Salasõna (HTTP Basic). */
export const sbConnectionInputSchema = z.strictObject({
  /** `https://host[:port]`; its shape and where it leads are judged by the server (src/server/standard-books). */
  address: textField(300, { required: true }),
  companyNo: z
    .string()
    .trim()
    .regex(/^\d{1,6}$/, 'companyNumber'),
  // A colon would move the rest of the user name into the password (HTTP Basic).
  username: textField(200, { required: true }).refine((value) => !value.includes(':'), { message: 'noColon' }),
  // Not trimmed: a password is exactly what was typed.
  password: z.string().min(1).max(200),
});
export type SbConnectionInput = z.input<typeof sbConnectionInputSchema>;

/** Why a check (or a read) could not reach the company's registers. */
export const sbCheckFailureCodes = [
  'invalid-address',
  'not-https',
  'forbidden-address',
  'private-address',
  'unreachable',
  'timeout',
  'tls-error',
  'wrong-credentials',
  'no-rest-access',
  'unknown-company',
  'server-error',
  'unexpected-answer',
] as const;
export type SbCheckFailureCode = (typeof sbCheckFailureCodes)[number];

/**
 * A read also fails when a register other than the contacts is not found (its name is a setting), when there is no
 * usable connection, or when the app stops in the middle of it.
 */
export const sbReadFailureCodes = [...sbCheckFailureCodes, 'unknown-register', 'not-connected', 'interrupted'] as const;
export type SbReadFailureCode = (typeof sbReadFailureCodes)[number];

export const sbCheckResultSchema = z.object({
  /** The server's `@systemversion`, e.g. "8.5 2024-05-10", when it says one. */
  systemVersion: z.string().nullable(),
});
export type SbCheckResult = z.infer<typeof sbCheckResultSchema>;

/** `needs-reconnect`: a connection is stored but this installation's key no longer opens its password. */
export const sbConnectionStates = ['connected', 'not-connected', 'needs-reconnect'] as const;
export type SbConnectionState = (typeof sbConnectionStates)[number];
export const sbConnectionResultCodes = ['connected', 'disconnected'] as const;

export const sbReadModes = ['incremental', 'full'] as const;
export type SbReadMode = (typeof sbReadModes)[number];
/** Who started a read: a person, the daily full read, or (later) the automatic sync. */
export const sbReadTriggers = ['manual', 'daily', 'automatic'] as const;
export type SbReadTrigger = (typeof sbReadTriggers)[number];

export const sbReadCountsSchema = z.object({
  read: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  removed: z.number().int(),
  rejected: z.number().int(),
});
export type SbReadCounts = z.infer<typeof sbReadCountsSchema>;
export const noSbReadCounts = (): SbReadCounts => ({
  read: 0,
  created: 0,
  updated: 0,
  unchanged: 0,
  removed: 0,
  rejected: 0,
});

/** Why one record was not applied; it never stops the read. */
export const sbRejectionReasons = [
  /** Its code belongs to a contact made here (typed or imported): the next issue decides such clashes. */
  'local-contact',
  /** Its code belongs to a code list entry made here. */
  'local-entry',
  'missing-code',
  'invalid-code',
  'missing-name',
  'too-long',
  'invalid-value',
  'duplicate-codes',
  'unknown-customer-class',
  'unknown-classification',
  'unknown-object',
  'one-object-per-type',
  'unknown-type',
] as const;
export type SbRejectionReason = (typeof sbRejectionReasons)[number];

export const sbRejectionSchema = z.object({
  register: z.enum(sbRegisterKeys),
  code: z.string(),
  reason: z.enum(sbRejectionReasons),
  /** The Standard Books field at fault, e.g. "Name". */
  field: z.string().optional(),
  /** The codes at fault, e.g. unknown classifications "X1, X2". */
  codes: z.string().optional(),
});
export type SbRejection = z.infer<typeof sbRejectionSchema>;

export const sbRegisterReadSchema = sbReadCountsSchema.extend({
  mode: z.enum(sbReadModes),
  /** The server's sequence was below the stored one (reset after an upgrade): this register was read in full. */
  sequenceReset: z.boolean(),
});
export type SbRegisterRead = z.infer<typeof sbRegisterReadSchema>;

/** One read as the page and Sünkroniseerimise logi tell it. */
export const sbReadSummarySchema = z.object({
  mode: z.enum(sbReadModes),
  trigger: z.enum(sbReadTriggers),
  userName: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string(),
  /** ok: every record applied; partial: some rejected; failed: a register could not be read to its end. */
  outcome: z.enum(['ok', 'partial', 'failed']),
  totals: sbReadCountsSchema,
  registers: z.partialRecord(z.enum(sbRegisterKeys), sbRegisterReadSchema),
  /** The first rejections (at most sbRejectionsKept); `totals.rejected` counts them all. */
  rejections: z.array(sbRejectionSchema),
  failure: z.object({ register: z.enum(sbRegisterKeys).nullable(), code: z.enum(sbReadFailureCodes) }).nullable(),
});
export type SbReadSummary = z.infer<typeof sbReadSummarySchema>;
export const sbRejectionsKept = 200;

export const sbRegisterMarkSchema = z.object({
  register: z.enum(sbRegisterKeys),
  /** The register's name on the server (a setting), e.g. CUVc. */
  name: z.string(),
  /** The `@sequence` stored after the last complete read; the next incremental read asks for what changed after it. */
  sequence: z.string().nullable(),
  readAt: z.string().nullable(),
  fullReadAt: z.string().nullable(),
});
export type SbRegisterMark = z.infer<typeof sbRegisterMarkSchema>;

export const sbStatusSchema = z.object({
  connection: z.object({
    state: z.enum(sbConnectionStates),
    address: z.string().nullable(),
    companyNo: z.string().nullable(),
    username: z.string().nullable(),
    connectedAt: z.string().nullable(),
    connectedBy: z.string().nullable(),
    result: z.object({ code: z.enum(sbConnectionResultCodes), at: z.string() }).nullable(),
    /** The last failed save since that result; it changed nothing. */
    failure: z.object({ code: z.enum(sbCheckFailureCodes), at: z.string() }).nullable(),
  }),
  read: z.object({
    running: z
      .object({
        mode: z.enum(sbReadModes),
        trigger: z.enum(sbReadTriggers),
        startedAt: z.string(),
        register: z.enum(sbRegisterKeys).nullable(),
        totals: sbReadCountsSchema,
      })
      .nullable(),
    last: sbReadSummarySchema.nullable(),
    registers: z.array(sbRegisterMarkSchema),
    /** Failed reads in a row; three raise a banner for administrators. */
    consecutiveFailures: z.number().int(),
    /** SB_FULL_READ_AT: the daily full read, Tallinn time, e.g. "03:30". */
    dailyFullReadAt: z.string(),
  }),
});
export type SbStatus = z.infer<typeof sbStatusSchema>;
export const sbFailuresForBanner = 3;

export const startSbReadSchema = z.strictObject({ mode: z.enum(sbReadModes) });
export type StartSbReadInput = z.infer<typeof startSbReadSchema>;

export const sbContactOriginSchema = z.object({
  source: z.enum(['local', 'standard-books']),
  /** Set when a full read no longer found it in Standard Books; it stays here, marked, and is not pushed. */
  removedFromStandardBooksAt: z.string().nullable(),
  /** When a read last wrote or confirmed it. */
  readAt: z.string().nullable(),
});
export type SbContactOrigin = z.infer<typeof sbContactOriginSchema>;

/** The subject of the connection's and the reads' entries in Sünkroniseerimise logi. */
export const sbConnectionSubject = 'standard_books_connection';

type Text = Record<Language, string>;

/** Each failure in words the administrator can act on: the API's answer, the page and the log say the same. */
export const sbFailureTexts: Record<SbReadFailureCode, Text> = {
  'invalid-address': {
    et: 'Aadress peab olema kujul https://server:port, nt https://ettevote.excellent.ee:4455 (ilma kausta, kasutajanime ja päringuta).',
    en: 'The address must look like https://server:port, e.g. https://company.excellent.ee:4455 (no path, user name or query).',
  },
  'not-https': {
    et: 'Ühendus peab olema turvaline: aadress peab algama https:// (http:// sobib ainult selle masina enda aadressile).',
    en: 'The connection must be secure: the address must start with https:// (http:// only for this machine itself).',
  },
  'forbidden-address': {
    et: 'Sellele aadressile ühenduda ei tohi (link-local või pilveteenuse metaandmete aadress).',
    en: 'This address may not be connected to (a link-local or cloud metadata address).',
  },
  'private-address': {
    et: 'Aadress on sisevõrgus (privaatne või selle masina aadress). Kohapealse serveri jaoks peab haldaja lubama seadistuse SB_ALLOW_PRIVATE_ADDRESSES.',
    en: 'The address is on an internal network (private or this machine). For an on-premise server the operator must set SB_ALLOW_PRIVATE_ADDRESSES.',
  },
  unreachable: {
    et: 'Standard Books serverit ei leitud või see ei vasta sellel aadressil ja pordil. Kontrolli aadressi ja porti ning et tulemüür lubab ühenduse.',
    en: 'The Standard Books server was not found or does not answer at this address and port. Check both, and that a firewall lets the connection through.',
  },
  timeout: {
    et: 'Standard Books server ei vastanud õigel ajal. Proovi mõne aja pärast uuesti.',
    en: 'The Standard Books server did not answer in time. Try again in a while.',
  },
  'tls-error': {
    et: 'Turvalist ühendust (TLS) ei saanud luua: serveri sertifikaat pole usaldusväärne, on aegunud või ei vasta aadressile, või sellel pordil pole HTTPS-i.',
    en: 'A secure (TLS) connection could not be made: the server’s certificate is not trusted, has expired or does not match the address, or the port has no HTTPS.',
  },
  'wrong-credentials': {
    et: 'Standard Books ei tunne seda kasutajatunnust ja salasõna.',
    en: 'Standard Books does not accept this user name and password.',
  },
  'no-rest-access': {
    et: 'REST API pole sisse lülitatud või kasutajal pole Rest API õigust. Standard Booksis: Süsteem › Valikulised funktsioonid „Web Rest API“, kasutaja juurdepääsugrupis tegevus „Rest API“ ja „Juurdepääs funktsioonidele veebist“.',
    en: 'The REST API is not enabled or the user lacks the Rest API right. In Standard Books: System › Optional Features "Web Rest API", the "Rest API" action in the user’s access group, and "Access to Functions from Web".',
  },
  'unknown-company': {
    et: 'Sellise numbriga firmat serveris pole. Firma nr on Firmade seadistuse esimene veerg, tavaliselt 1.',
    en: 'The server has no company with this number. The company number is the first column of the Companies setting, usually 1.',
  },
  'server-error': {
    et: 'Standard Books server vastas veaga. Proovi mõne aja pärast uuesti.',
    en: 'The Standard Books server answered with an error. Try again in a while.',
  },
  'unexpected-answer': {
    et: 'Standard Books server vastas ootamatult. Kas aadress viitab ikka Standard Booksi REST API-le?',
    en: 'The Standard Books server gave an unexpected answer. Does the address lead to the Standard Books REST API?',
  },
  'unknown-register': {
    et: 'Serveris pole sellise nimega registrit. Registrite nimed on seadistused (SB_REGISTER_*).',
    en: 'The server has no register by this name. Register names are settings (SB_REGISTER_*).',
  },
  'not-connected': {
    et: 'Standard Books ühendus pole seadistatud või tuleb salasõna uuesti sisestada.',
    en: 'The Standard Books connection is not set up, or its password must be entered again.',
  },
  interrupted: {
    et: 'Rakendus peatati lugemise ajal. Järgmine lugemine alustab viimati salvestatud kohast.',
    en: 'The app was stopped during the read. The next read starts again from the last stored mark.',
  },
};

/** Each rejection in words; `{field}` is the Standard Books field, `{codes}` the codes at fault. */
export const sbRejectionTexts: Record<SbRejectionReason, Text> = {
  'local-contact': {
    et: 'sama koodiga kontakt on siin loodud (koodikonflikt kohaliku kontaktiga)',
    en: 'code clash with a local contact',
  },
  'local-entry': {
    et: 'sama koodiga kirje on siin loodud (koodikonflikt kohaliku kirjega)',
    en: 'code clash with a local register entry',
  },
  'missing-code': { et: 'kood puudub', en: 'no code' },
  'invalid-code': {
    et: 'koodis on märke, mida siin ei lubata (lubatud on tähed, numbrid ja . _ -)',
    en: 'the code has characters not allowed here (letters, digits and . _ - are)',
  },
  'missing-name': { et: 'nimi puudub', en: 'no name' },
  'too-long': { et: 'väli {field} on liiga pikk', en: 'field {field} is too long' },
  'invalid-value': { et: 'väljal {field} on vigane väärtus', en: 'field {field} has an invalid value' },
  'duplicate-codes': { et: 'väljal {field} on sama kood mitu korda', en: 'field {field} repeats a code' },
  'unknown-customer-class': { et: 'tundmatu kliendiklass {codes}', en: 'unknown customer class {codes}' },
  'unknown-classification': { et: 'tundmatu klassifikaator {codes}', en: 'unknown classification {codes}' },
  'unknown-object': { et: 'tundmatu objekt {codes}', en: 'unknown object {codes}' },
  'one-object-per-type': {
    et: 'mitu sama tüübi objekti ({codes})',
    en: 'several objects of one type ({codes})',
  },
  'unknown-type': { et: 'tundmatu tüüp {codes}', en: 'unknown type {codes}' },
};
