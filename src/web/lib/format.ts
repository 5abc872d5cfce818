import type { Language } from '../../shared/messages';

const locales: Record<Language, string> = { et: 'et-EE', en: 'en-GB' };

/** A moment in the user's language and time zone, e.g. "28.11.2026 15:40". */
export function formatDateTime(iso: string | null | undefined, language: Language): string {
  if (!iso) return '';
  const parts = new Intl.DateTimeFormat(locales[language], {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((item) => item.type === type)?.value ?? '';
  // Standard Books writes moments as 28.11.2026 15:40; English readers get the same order with slashes.
  const separator = language === 'et' ? '.' : '/';
  return `${part('day')}${separator}${part('month')}${separator}${part('year')} ${part('hour')}:${part('minute')}`;
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(locales[language]).format(value);
}
