import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PushFilters, PushJob } from '../../../../shared/push-jobs';
import { skipReasons, type SkipReason } from '../../../../shared/push-rules';
import { formatNumber } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useLookups } from '../../../lib/lookups/get-lookups';

export const formatCount = (value: number): string => formatNumber(value, currentLanguage());

/** "suletud 3, e-postita 5" — only the reasons that occur, in the order the rules decide them. */
export function skippedReasonsText(t: TFunction<'push-jobs'>, skipped: Record<SkipReason, number>): string {
  return skipReasons
    .filter((reason) => skipped[reason] > 0)
    .map((reason) => t(`counts.reason.${reason}`, { n: formatCount(skipped[reason]) }))
    .join(', ');
}

/** "2 min 5 s"; a job still running has lasted until now. */
export function durationText(t: TFunction<'push-jobs'>, job: Pick<PushJob, 'startedAt' | 'finishedAt'>): string {
  const end = job.finishedAt ? Date.parse(job.finishedAt) : Date.now();
  const seconds = Math.max(0, Math.round((end - Date.parse(job.startedAt)) / 1000));
  const s = seconds % 60;
  const m = Math.floor(seconds / 60) % 60;
  const h = Math.floor(seconds / 3600);
  if (h > 0) return t('duration.hours', { h, m });
  if (m > 0) return t('duration.minutes', { m, s });
  return t('duration.seconds', { s });
}

/** What a job (or the dialog) selects, with the codes' names: "Kliendiklass VKE — Väikeettevõte". */
export function useSelectionText() {
  const { t } = useTranslation('push-jobs');
  const lookups = useLookups().data;
  const named = (code: string, list: readonly { code: string; name: string }[] | undefined) => {
    const name = list?.find((item) => item.code === code)?.name;
    return name ? `${code} — ${name}` : code;
  };
  return (filters: PushFilters, resendOf: number | null = null): string => {
    if (resendOf !== null) return t('selection.resendOf', { id: resendOf });
    const parts = [
      filters.custCat && t('selection.customerClass', { value: named(filters.custCat, lookups?.customerClasses) }),
      filters.classification &&
        t('selection.classification', { value: named(filters.classification, lookups?.classifications) }),
    ].filter((part): part is string => Boolean(part));
    return parts.length > 0 ? parts.join(', ') : t('selection.all');
  };
}
