import { Button, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { contactExportQuerySchema, importTargetPath, type ImportTarget } from '../../../../shared/import-export';
import { withQuery } from '../../../lib/api-client';
import { parseListParams } from '../../../lib/list-search-params';
import { useLookups } from '../../../lib/lookups/get-lookups';
import { useLookupDropdown } from '../../../lib/use-lookup-dropdown';
import { codeOption } from '../../../lib/lookups/code-options';
import { SectionHeading, TargetSelect } from './SectionParts';

interface CodeFilterProps {
  label: string;
  placeholder: string;
  items: readonly { code: string; name: string }[] | undefined;
  value: string | null;
  onChange: (value: string | null) => void;
}

/** One code of a register as a filter; Ctrl+Enter opens the list. */
function CodeFilter({ items, ...props }: CodeFilterProps) {
  const dropdown = useLookupDropdown();
  return <Select {...props} {...dropdown} data={items?.map(codeOption) ?? []} searchable clearable w={220} />;
}

/**
 * CSV downloads: the contacts (all, or the part a search and filters select; a link from the register may pass
 * them as ?search=&custCat=&classification=) or a whole code list.
 */
export function ExportSection() {
  const { t } = useTranslation('import-export');
  // What a link brought, read as the register reads it: the fields start from it and are the user's from then on.
  const fromLink = parseListParams(contactExportQuerySchema, {}, useSearchParams()[0]);
  const lookups = useLookups();
  const [target, setTarget] = useState<ImportTarget>('contacts');
  const [search, setSearch] = useState(fromLink.search ?? '');
  const [custCat, setCustCat] = useState<string | null>(fromLink.custCat ?? null);
  const [classification, setClassification] = useState<string | null>(fromLink.classification ?? null);
  const href = withQuery(
    `/api/export/${importTargetPath[target]}`,
    target === 'contacts' ? { search: search.trim(), custCat, classification } : {},
  );

  return (
    <Paper withBorder p="md">
      <Stack gap="md">
        <SectionHeading title={t('export.title')} description={t('export.description')} />
        <Group align="flex-end" gap="sm">
          <TargetSelect label={t('export.target')} value={target} onChange={setTarget} />
          {target === 'contacts' && (
            <>
              <TextInput
                label={t('export.search')}
                placeholder={t('export.searchPlaceholder')}
                value={search}
                onChange={(event) => setSearch(event.currentTarget.value)}
                w={200}
              />
              <CodeFilter
                label={t('export.customerClass')}
                placeholder={t('export.anyCustomerClass')}
                items={lookups.data?.customerClasses}
                value={custCat}
                onChange={setCustCat}
              />
              <CodeFilter
                label={t('export.classification')}
                placeholder={t('export.anyClassification')}
                items={lookups.data?.classifications}
                value={classification}
                onChange={setClassification}
              />
            </>
          )}
        </Group>
        {target === 'contacts' && (
          <Text size="xs" c="dimmed">
            {t('export.filtersHint')}
          </Text>
        )}
        <Group>
          <Button component="a" href={href} download leftSection={<IconDownload size={16} />}>
            {t('export.download')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
