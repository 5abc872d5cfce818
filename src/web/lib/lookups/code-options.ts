import type { ComboboxData } from '@mantine/core';
import type { Lookups } from '../../../shared/registers';

interface CodeEntry {
  code: string;
  name: string;
}

/** A register entry as a choice: "VKE — Väikeettevõte". */
export const codeOption = ({ code, name }: CodeEntry) => ({ value: code, label: `${code} — ${name}` });

/** Choices under their types' headings, as Standard Books lists classifications and objects. */
function groupedByType(
  items: readonly (CodeEntry & { typeCode: string })[],
  types: readonly CodeEntry[],
): ComboboxData {
  return types.flatMap((type) => {
    const group = items.filter((item) => item.typeCode === type.code).map(codeOption);
    return group.length > 0 ? [{ group: codeOption(type).label, items: group }] : [];
  });
}

export const customerClassOptions = (lookups: Lookups | undefined): ComboboxData =>
  lookups?.customerClasses.map(codeOption) ?? [];

export const classificationOptions = (lookups: Lookups | undefined): ComboboxData =>
  lookups ? groupedByType(lookups.classifications, lookups.classificationTypes) : [];

export const objectOptions = (lookups: Lookups | undefined): ComboboxData =>
  lookups ? groupedByType(lookups.objects, lookups.objectTypes) : [];
