import { foldEstonianLetters } from './text';

/**
 * Smaily field names: what the grid's "Smaily väli" accepts and offers. product.md: names must be lowercase
 * `a-z`, `0-9`, `_` and start with a letter or `_` (Smaily silently drops other names).
 * Sources: Smaily's Estonian API page "Süsteemi laiendamine (lihtne API)"
 * (help.smaily.com/et/support/solutions/articles/16000039283): "Väljad ei tohi alata numbriga, ega sisaldada muid
 * märke peale alakriipsu (_). Vastasel juhul need kaotatakse automaatselt." — a field starting with a digit or
 * holding any other mark is dropped without an error, while the write still answers 101. Every official plugin
 * uses lowercase snake_case, and its form plugins fold names to `[a-z0-9_]` (smaily-api.md §3), so upper case
 * is refused too.
 */
export const smailyFieldNamePattern = /^[a-z_][a-z0-9_]*$/;

/** What the name suggestion puts before a name that would start with a digit ("3 klass" → `_3_klass`). */
export const leadingDigitPrefix = '_';

export const smailyFieldNameMaxLength = 64;

/** The e-mail: Smaily's key for upserts. Allowed only as the grid's e-mail row (`email` ← E-post, Väärtus). */
export const smailyEmailField = 'email';

/**
 * Names Smaily keeps for itself (smaily-api.md §3), which the grid refuses:
 * - `is_unsubscribed`, `is_deleted`: control parameters of a POST. The push sets `is_unsubscribed` itself from
 *   "Ära koosta massmaile"; a mapped value could re-subscribe someone, and `is_deleted` would purge the contact.
 * - `created_at` … `total_clicks`: read-only system fields that GET contact.php returns.
 * - `birthday`: a Smaily system field (it drives birthday filters and has its own date format). The contact card
 *   has no date of birth, so any value mapped to it would be wrong; refused until the card gets one.
 * `email` is not in this list: it is required, as the e-mail row (see smailyEmailField).
 */
export const reservedSmailyFields: readonly string[] = [
  'is_unsubscribed',
  'is_deleted',
  'created_at',
  'subscribed_at',
  'modified_at',
  'unsubscribed_at',
  'last_response_code',
  'last_response_at',
  'last_open_at',
  'total_opens',
  'last_click_at',
  'total_clicks',
  'birthday',
];

export function isReservedSmailyField(name: string): boolean {
  return reservedSmailyFields.includes(name);
}

export function isValidSmailyFieldName(name: string): boolean {
  return name.length <= smailyFieldNameMaxLength && smailyFieldNamePattern.test(name);
}

/** A name whose only fault is its first character: a digit, which Smaily would drop the field for. */
export function startsWithDigit(name: string): boolean {
  return /^[0-9]/.test(name);
}

/**
 * The Smaily field name to offer for what the user typed: "Äriala nimi" → `ariala_nimi`. Estonian letters fold
 * to ASCII (õ ä ö ü → o a o u, š ž → s z), other accents are dropped, runs of spaces and hyphens become one `_`,
 * and anything else outside `[a-z0-9_]` is left out — as Smaily's own form plugins name fields. A name that
 * would start with a digit gets `_` before it ("3 klass" → `_3_klass`): Smaily drops such fields (see above).
 */
export function toSmailyFieldName(text: string): string {
  const folded = foldEstonianLetters(text.trim())
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\s-]+/g, '_')
    .replace(/[^a-z0-9_]/g, '');
  const name = startsWithDigit(folded) ? `${leadingDigitPrefix}${folded}` : folded;
  return name.slice(0, smailyFieldNameMaxLength);
}
