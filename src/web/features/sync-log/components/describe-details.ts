import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { activationFailureCodes, activationFailureTexts } from '../../../../shared/smaily-account';
import { localize } from '../../../../shared/messages';
import {
  sbFailureTexts,
  sbReadFailureCodes,
  sbRejectionSchema,
  sbRejectionTexts,
  type SbRejection,
} from '../../../../shared/standard-books-sync';
import { formatDateTime } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';

/** One fact of an entry's details, in words: "Lisatud: piirkond, nimi". */
export interface DetailLine {
  key: string;
  label: string;
  value: string;
  /** Worth showing in the one-line summary: not empty, not false, not a list of records. */
  notable: boolean;
}

type Scalar = string | number | boolean;
const isScalar = (value: unknown): value is Scalar => ['string', 'number', 'boolean'].includes(typeof value);
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
// Keys whose values are codes (a reason, an action) rather than data, and so have words in the locale.
const codedKeys = new Set([
  'reason',
  'action',
  'outcome',
  'stopReason',
  'confirmed',
  'role',
  'scope',
  'trigger',
  'state',
  'failure',
  'cause',
  'unsubscribed',
  'mode',
  'register',
  'sequenceReset',
  'choice',
  'previous',
  'run',
]);
// Moments: the automatic sync's "nothing to send since …" entry carries two besides its own.
const dateKeys = new Set(['at', 'since', 'lastAt']);
// Shown when the entry is opened, not in its one-line summary.
const detailOnly = new Set(['registers']);
const isFailureCode = (value: unknown): value is (typeof activationFailureCodes)[number] =>
  activationFailureCodes.some((code) => code === value);
const isSbFailureCode = (value: unknown): value is (typeof sbReadFailureCodes)[number] =>
  sbReadFailureCodes.some((code) => code === value);
const isSbKind = (kind: string | undefined) => kind?.startsWith('standard-books-') ?? false;

/**
 * Turns the details of any kind of entry into labelled lines, so that a writer may add facts without the screen
 * knowing them: known keys get their label, result codes their sentence, lists are joined and records summarised.
 */
function describe(t: TFunction<['sync-log', 'common']>, kind?: string) {
  const label = (key: string) => t(`detailKeys.${key}`, { defaultValue: key });

  const word = (key: string, item: Scalar) =>
    codedKeys.has(key) ? t(`values.${String(item)}`, { defaultValue: String(item) }) : String(item);

  /** "kontaktid 100042: sama koodiga kontakt on siin loodud" */
  const rejection = ({ register, code, reason, field, codes }: SbRejection) =>
    `${word('register', register)} ${code}: ${localize(sbRejectionTexts[reason], currentLanguage(), {
      field: field ?? '',
      codes: codes ?? '',
    })}`;

  function value(key: string, item: unknown): string {
    if ((key === 'result' || key === 'failure') && isSbKind(kind) && isSbFailureCode(item)) {
      return localize(sbFailureTexts[item], currentLanguage());
    }
    if (key === 'rejections' && Array.isArray(item)) {
      const parsed = item.map((one) => sbRejectionSchema.safeParse(one));
      if (parsed.every((one) => one.success))
        return parsed.map((one) => rejection(one.data)).join('; ') || t('common:none');
    }
    if (key === 'result' && isFailureCode(item)) return localize(activationFailureTexts[item], currentLanguage());
    if (key === 'result' && typeof item === 'string') return t(`results.${item}`, { defaultValue: item });
    if (dateKeys.has(key) && typeof item === 'string') return formatDateTime(item, currentLanguage());
    if (key === 'schedule' && typeof item === 'string') return t(`schedules.${item}`, { defaultValue: item });
    if (item === null || item === undefined || item === '') return t('common:none');
    if (typeof item === 'boolean') return item ? t('common:yes') : t('common:no');
    if (isScalar(item)) return word(key, item);
    if (Array.isArray(item)) {
      if (item.length === 0) return t('common:none');
      if (!item.every(isScalar)) return t('records', { count: item.length });
      return item.map((one) => word(key, one)).join(', ');
    }
    if (!isRecord(item)) return t('common:none'); // nothing else comes out of JSON
    // An empty record can mean something: a job's empty selection is all contacts.
    if (Object.keys(item).length === 0) return t(`emptyValues.${key}`, { defaultValue: t('common:none') });
    return Object.entries(item)
      .map(([name, inner]) => `${label(name)}: ${value(name, inner)}`)
      .join('; ');
  }

  return (details: unknown): DetailLine[] => {
    if (details === null || details === undefined) return [];
    if (!isRecord(details))
      return [{ key: 'details', label: label('details'), value: value('details', details), notable: true }];
    // The entry's own outcome is its badge: a push's result repeated here would name it in other words.
    return Object.entries(details)
      .filter(([key]) => key !== 'outcome')
      .map(([key, item]) => ({
        key,
        label: label(key),
        value: value(key, item),
        notable:
          !detailOnly.has(key) &&
          item !== null &&
          item !== false &&
          item !== '' &&
          !(Array.isArray(item) && (item.length === 0 || !item.every(isScalar))),
      }));
  };
}

/** Lines for an entry's details; the kind tells whose result codes they are (Smaily's or Standard Books'). */
export function useDescribeDetails(kind?: string): (details: unknown) => DetailLine[] {
  const { t } = useTranslation(['sync-log', 'common']);
  return describe(t, kind);
}
