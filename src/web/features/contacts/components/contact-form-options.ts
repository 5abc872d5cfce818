import type { ComboboxData } from '@mantine/core';
import type { Lookups } from '../../../../shared/registers';

const option = (item: { code: string; name: string }) => ({ value: item.code, label: `${item.code} — ${item.name}` });

export function customerClassOptions(lookups: Lookups | undefined): ComboboxData {
  return lookups?.customerClasses.map(option) ?? [];
}

/** Choices grouped by their type, as Standard Books lists classifications and objects. */
function groupedByType(
  items: readonly { code: string; name: string; typeCode: string }[],
  types: readonly { code: string; name: string }[],
): ComboboxData {
  return types
    .map((type) => ({ group: `${type.code} — ${type.name}`, items: items.filter((item) => item.typeCode === type.code).map(option) }))
    .filter((group) => group.items.length > 0);
}

export function classificationOptions(lookups: Lookups | undefined): ComboboxData {
  return lookups ? groupedByType(lookups.classifications, lookups.classificationTypes) : [];
}

export function objectOptions(lookups: Lookups | undefined): ComboboxData {
  return lookups ? groupedByType(lookups.objects, lookups.objectTypes) : [];
}
