import type { ComboboxData } from '@mantine/core';
import type { PushFilters } from '../../../../shared/push-jobs';
import type { Lookups } from '../../../../shared/registers';

const labelled = ({ code, name }: { code: string; name: string }) => ({ value: code, label: `${code} — ${name}` });

export const customerClassChoices = (lookups: Lookups | undefined): ComboboxData => lookups?.customerClasses.map(labelled) ?? [];

/** Classifications under their types' headings, as Standard Books lists them. */
export function classificationChoices(lookups: Lookups | undefined): ComboboxData {
  if (!lookups) return [];
  return lookups.classificationTypes.flatMap((type) => {
    const items = lookups.classifications.filter((item) => item.typeCode === type.code).map(labelled);
    return items.length > 0 ? [{ group: `${type.code} — ${type.name}`, items }] : [];
  });
}

/** A cleared field means "no filter": it is left out, so that equal choices share one dry-run key. */
export function chosenFilters({ custCat, classification }: PushFilters): PushFilters {
  return { ...(custCat && { custCat }), ...(classification && { classification }) };
}
