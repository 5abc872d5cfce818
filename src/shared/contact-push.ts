import { z } from 'zod';

/**
 * Edasta Smaily'sse: one contact from its card. The answer is the push's outcome — sent, not sent and why,
 * failed with what Smaily said, or a question: a closed contact, or one whose e-mail an earlier contact
 * already carries, is sent only when the user confirms that reason.
 */
export const confirmableReasons = ['closed', 'duplicate-email'] as const;
export type ConfirmableReason = (typeof confirmableReasons)[number];

export const pushContactSchema = z.strictObject({
  /** The reasons the user has confirmed, after the server asked (a closed duplicate asks twice). */
  confirm: z.array(z.enum(confirmableReasons)).max(2).default([]),
});
export type PushContactInput = z.input<typeof pushContactSchema>;

/**
 * `forgotten`: the e-mail was forgotten in Smaily ("Unusta Smailys") and is never sent again. `consent-unread`:
 * Smaily's consent for the e-mail could not be read first, and a push never goes out on stale consent.
 *
 * `removed-from-standard-books`: a full read no longer found the contact in Standard Books.
 */
export const notSentReasons = [
  'forgotten',
  'removed-from-standard-books',
  'no-email',
  'invalid-email',
  'smaily-inactive',
  'needs-reactivation',
  'consent-unread',
] as const;
/** How a call that Smaily did not accept ended. */
export const failureReasons = [
  'wrong-credentials',
  'no-api-access',
  'unknown-account',
  'smaily-error',
  'no-answer',
] as const;

/** Why a contact went to Smaily as unsubscribed: the person unsubscribed in Smaily, or "Ära koosta massmaile". */
export const unsubscribedBecause = ['smaily', 'no-mail-posting'] as const;

export const pushResultSchema = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('sent'),
    at: z.string(),
    /** Sent with `is_unsubscribed: 1`, and why; null when sent without it. */
    unsubscribed: z.enum(unsubscribedBecause).nullable(),
  }),
  z.object({
    outcome: z.literal('not-sent'),
    reason: z.enum(notSentReasons),
    /** For `consent-unread`: how the read of Smaily failed. */
    cause: z.enum(failureReasons).optional(),
  }),
  z.object({
    outcome: z.literal('failed'),
    reason: z.enum(failureReasons),
    smailyCode: z.number().nullable(),
    smailyMessage: z.string().nullable(),
  }),
  z.object({
    outcome: z.literal('needs-confirmation'),
    reason: z.enum(confirmableReasons),
    /** For a duplicate: the code of the contact that a bulk push would send with this e-mail. */
    duplicateOf: z.string().nullable(),
  }),
]);
export type PushResult = z.infer<typeof pushResultSchema>;

export const contactSmailyStateSchema = z.object({
  /** When this contact was last accepted by Smaily, by a single or a bulk push. */
  lastSentAt: z.string().nullable(),
});
export type ContactSmailyState = z.infer<typeof contactSmailyStateSchema>;
