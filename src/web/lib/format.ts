import type { Language } from '../../shared/messages';
import { dateTimeParts } from '../../shared/tallinn-time';

const locales: Record<Language, string> = { et: 'et-EE', en: 'en-GB' };

/** A moment in the user's language and own time zone, e.g. "28.11.2026 15:40"; "" for none. */
export function formatDateTime(iso: string | null | undefined, language: Language): string {
  const parts = iso ? dateTimeParts(iso, undefined) : null;
  if (!parts) return '';
  // Standard Books writes moments as 28.11.2026 15:40; English readers get the same order with slashes.
  const separator = language === 'et' ? '.' : '/';
  return `${parts.day}${separator}${parts.month}${separator}${parts.year} ${parts.hour}:${parts.minute}`;
}

/** The day of a moment in the user's language and own time zone, e.g. "28.11.2026"; "" for none. */
export function formatDate(iso: string | null | undefined, language: Language): string {
  const parts = iso ? dateTimeParts(iso, undefined) : null;
  if (!parts) return '';
  const separator = language === 'et' ? '.' : '/';
  return `${parts.day}${separator}${parts.month}${separator}${parts.year}`;
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(locales[language]).format(value);
}
