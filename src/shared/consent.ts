import { z } from 'zod';
import { failureReasons } from './contact-push';
import { textField } from './text-field';

/**
 * Consent that comes back from Smaily, and "Unusta Smailys" (product.md "Rules of a push"). A person's
 * unsubscribe in Smaily is a fact of its own, stored by e-mail with its moment (Smaily's Tallinn time) and when
 * we learned it; it never rewrites "Ära koosta massmaile", and CSV imports never clear it. A contact whose flag
 * is set or whose unsubscribe is stored goes to Smaily with `is_unsubscribed: 1`. A forgotten e-mail is never
 * sent again.
 *
 * The API:
 * - POST /api/consent/read (administrators), "Too Smailyst loobujad": reads Smaily's whole unsubscribed list now
 *   → ConsentReadSummary; 502 when it cannot be read. A bulk push and a re-send read it before they start.
 * - GET /api/contacts/:code/consent → ContactConsent: the card's trail of what Smaily said.
 * - GET /api/contacts/:code/smaily/view → SmailyView: what Smaily holds for the contact, read now.
 * - POST /api/contacts/:code/forget {email} (administrators) → ForgetResult; the e-mail is the one the user
 *   confirmed, and a card whose e-mail has changed since is refused (409).
 */

/**
 * What made the app read consent: a bulk push's start, a re-send, "Too Smailyst loobujad", a single push, or an
 * automatic run (Smaily automaatne edastus).
 */
export const consentReadTriggers = ['job', 'resend', 'on-demand', 'push', 'automatic'] as const;
export type ConsentReadTrigger = (typeof consentReadTriggers)[number];

/** What one read found: the counts its entry in Sünkroniseerimise logi carries. */
export const consentCountsSchema = z.object({
  /** Addresses Smaily listed as unsubscribed. */
  read: z.number().int(),
  /** Of them, unsubscribes not stored before (or stored with another moment: the person unsubscribed again). */
  new: z.number().int(),
  /** Of them, unsubscribes already stored as they are. */
  known: z.number().int(),
  /** Stored unsubscribes that Smaily no longer lists: the person subscribed again there; dropped. */
  resubscribed: z.number().int(),
  /** Contacts whose "Ära koosta massmaile" was cleared here after the person unsubscribed in Smaily. */
  conflicts: z.number().int(),
  /** Listed addresses that no contact of the register holds. */
  notHeld: z.number().int(),
});
export type ConsentCounts = z.infer<typeof consentCountsSchema>;

export const consentReadSummarySchema = consentCountsSchema.extend({ at: z.string() });
export type ConsentReadSummary = z.infer<typeof consentReadSummarySchema>;

export const contactConsentSchema = z.object({
  /** The person unsubscribed in Smaily: its moment (UTC; null when Smaily gave none) and when we learned it. */
  smailyUnsubscribe: z.object({ unsubscribedAt: z.string().nullable(), learnedAt: z.string() }).nullable(),
  /** "Ära koosta massmaile" was cleared here after that moment: a person decides; until then no mail. */
  conflict: z.boolean(),
  /** When "Ära koosta massmaile" last changed here; null when it never has (or before this was recorded). */
  noMailPostingChangedAt: z.string().nullable(),
  /** The e-mail was forgotten in Smaily: when and by whom. */
  forgotten: z.object({ at: z.string(), by: z.string().nullable() }).nullable(),
});
export type ContactConsent = z.infer<typeof contactConsentSchema>;

/** Why the card's Smaily view did not ask Smaily. */
export const smailyViewNotReadReasons = ['no-email', 'invalid-email', 'smaily-inactive', 'needs-reactivation'] as const;

/** The card's view of what Smaily holds for the contact's e-mail, read when asked and never stored. */
export const smailyViewSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('found'),
    email: z.string(),
    subscribed: z.boolean(),
    /** Since when (subscribed_at or unsubscribed_at, UTC); null when Smaily gave no moment. */
    since: z.string().nullable(),
    /** The fields of Smaily päringu väljad that Smaily holds for the contact, in the grid's order. */
    fields: z.array(z.object({ name: z.string(), value: z.string() })),
  }),
  /** Smaily does not know the address (its code 206). */
  z.object({ kind: z.literal('unknown'), smailyCode: z.number() }),
  z.object({ kind: z.literal('not-read'), reason: z.enum(smailyViewNotReadReasons) }),
  z.object({
    kind: z.literal('failed'),
    // How a call Smaily did not answer ended, as for Edasta Smaily'sse.
    reason: z.enum(failureReasons),
    smailyCode: z.number().nullable(),
    smailyMessage: z.string().nullable(),
  }),
]);
export type SmailyView = z.infer<typeof smailyViewSchema>;

export const forgetContactSchema = z.strictObject({
  /** The e-mail the confirmation named. */
  email: textField(100, { required: true }),
});
export type ForgetContactInput = z.infer<typeof forgetContactSchema>;

export const forgetResultSchema = z.object({ email: z.string(), at: z.string(), by: z.string() });
export type ForgetResult = z.infer<typeof forgetResultSchema>;
