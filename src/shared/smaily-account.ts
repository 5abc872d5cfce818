import { z } from 'zod';
import type { Language } from './messages';
import { smailyAddressSchema, type SmailyAddressError } from './smaily-address';
import { textField } from './text-field';

/**
 * E-teenuste seadistused › Smaily: the activation form, the status every screen reads, and the words for each
 * result. The server stores result codes and moments; whoever shows one formats it in the reader's language.
 */

/** The activation dialog: Aadress (Host), Kasutajatunnus, Salasõna. The address comes out as the bare label. */
export const activationInputSchema = z.strictObject({
  address: smailyAddressSchema,
  username: textField(200, { required: true }),
  // Not trimmed: a password is exactly what was typed.
  password: z.string().min(1).max(200),
});
export type ActivationInput = z.input<typeof activationInputSchema>;

/** Why an activation failed; stored with its moment, so the screen can say it again later. */
export const activationFailureCodes = [
  'wrong-credentials',
  'no-api-access',
  'unknown-account',
  'invalid-address',
  'unreachable',
  'unexpected-answer',
] as const;
export type ActivationFailureCode = (typeof activationFailureCodes)[number];

/** The last result that changed the account. */
export const accountResultCodes = ['activated', 'deactivated'] as const;

/** `needs-reactivation`: credentials are stored but this installation's key no longer opens the password. */
export const smailyStates = ['active', 'inactive', 'needs-reactivation'] as const;
export type SmailyState = (typeof smailyStates)[number];

export const smailyStatusSchema = z.object({
  state: z.enum(smailyStates),
  /** e.g. `ettevote.sendsmaily.net`; null when no account is stored. */
  address: z.string().nullable(),
  username: z.string().nullable(),
  activatedAt: z.string().nullable(),
  /** The name of the user who activated, as it was then. */
  activatedBy: z.string().nullable(),
  result: z.object({ code: z.enum(accountResultCodes), at: z.string() }).nullable(),
  /** The last failed activation after that result; it did not change the account. */
  failure: z.object({ code: z.enum(activationFailureCodes), at: z.string() }).nullable(),
});
export type SmailyStatus = z.infer<typeof smailyStatusSchema>;

export const smailyHost = (subdomain: string): string => `${subdomain}.sendsmaily.net`;

type Text = Record<Language, string>;

/** What to do about each kind of address the parser refuses, for the form and for the API's 400. */
export const smailyAddressProblems: Record<SmailyAddressError, Text> = {
  empty: {
    et: 'Sisesta Smaily aadress, nt ettevote.sendsmaily.net',
    en: 'Enter the Smaily address, e.g. company.sendsmaily.net',
  },
  'too-long': { et: 'Aadress on liiga pikk', en: 'The address is too long' },
  'invalid-characters': {
    et: 'Aadressis on märke, mis ei sobi: kasuta tähti a–z, numbreid, sidekriipsu ja punkti',
    en: 'The address has characters that are not allowed: use letters a–z, digits, hyphens and dots',
  },
  'not-https': {
    et: 'Aadress peab algama https:// või olema ilma selleta, nt ettevote.sendsmaily.net',
    en: 'The address must start with https:// or leave it out, e.g. company.sendsmaily.net',
  },
  userinfo: {
    et: 'Aadressis ei tohi olla kasutajanime ega @-märki',
    en: 'The address must not contain a user name or @',
  },
  port: { et: 'Aadressis ei tohi olla pordinumbrit', en: 'The address must not contain a port number' },
  'ip-address': {
    et: 'IP-aadress ei sobi: sisesta Smaily aadress, nt ettevote.sendsmaily.net',
    en: 'An IP address will not do: enter the Smaily address, e.g. company.sendsmaily.net',
  },
  'trailing-dot': { et: 'Aadress ei tohi lõppeda punktiga', en: 'The address must not end with a dot' },
  'not-sendsmaily': {
    et: 'See pole Smaily aadress: see peab lõppema .sendsmaily.net',
    en: 'This is not a Smaily address: it must end with .sendsmaily.net',
  },
  'invalid-label': {
    et: 'Smaily konto nimes võivad olla tähed a–z, numbrid ja sidekriips (mitte alguses ega lõpus)',
    en: 'A Smaily account name may contain letters a–z, digits and hyphens (not first or last)',
  },
};

/** Each failure in words the user can act on: the API's answer, Süsteemi teade and Sünkroniseerimise logi say the same. */
export const activationFailureTexts: Record<ActivationFailureCode, Text> = {
  'wrong-credentials': {
    et: 'Smaily ei tunne seda kasutajatunnust ja salasõna. Kontrolli API kasutaja andmeid (Smaily › sinu kasutajanimi › Seaded › Liidestused).',
    en: 'Smaily does not accept this user name and password. Check the API user (Smaily › your user name › Settings › Integrations).',
  },
  'no-api-access': {
    et: 'Smaily tunneb selle kasutaja, kuid tal pole API ligipääsu. Kasuta API kasutajat (Smaily › sinu kasutajanimi › Seaded › Liidestused) või palu konto omanikul see ligipääs anda.',
    en: 'Smaily knows this user, but it has no API access. Use an API user (Smaily › your user name › Settings › Integrations), or ask the account owner to grant the access.',
  },
  'unknown-account': {
    et: 'Sellist Smaily kontot pole. Kontrolli aadressi (Host).',
    en: 'There is no such Smaily account. Check the address (Host).',
  },
  'invalid-address': {
    et: 'See pole Smaily aadress. Sisesta aadress kujul ettevote.sendsmaily.net.',
    en: 'This is not a Smaily address. Enter it as company.sendsmaily.net.',
  },
  unreachable: {
    et: 'Smaily ei vastanud. Proovi mõne aja pärast uuesti.',
    en: 'Smaily did not answer. Try again in a while.',
  },
  'unexpected-answer': {
    et: 'Smaily vastas ootamatult. Proovi uuesti; kui viga kordub, võta ühendust Smaily toega.',
    en: 'Smaily gave an unexpected answer. Try again; if it persists, contact Smaily support.',
  },
};
