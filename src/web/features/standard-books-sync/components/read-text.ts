import { useTranslation } from 'react-i18next';
import { localize } from '../../../../shared/messages';
import {
  sbRejectionTexts,
  type SbReadCounts,
  type SbRegisterKey,
  type SbRejection,
} from '../../../../shared/standard-books-sync';
import { formatNumber } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';

export const formatCount = (value: number): string => formatNumber(value, currentLanguage());

/** Words for registers, counts and rejections, in the user's language. */
export function useReadText() {
  const { t } = useTranslation('standard-books-sync');
  const register = (key: SbRegisterKey) => t(`registers.${key}`);
  return {
    register,
    progress: (counts: SbReadCounts) =>
      t('read.progress', {
        read: formatCount(counts.read),
        created: formatCount(counts.created),
        updated: formatCount(counts.updated),
        unchanged: formatCount(counts.unchanged),
        rejected: formatCount(counts.rejected),
      }),
    rejection: ({ reason, field, codes }: SbRejection) =>
      localize(sbRejectionTexts[reason], currentLanguage(), { field: field ?? '', codes: codes ?? '' }),
  };
}
