import { Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { importTargetPath, importTargets, type ImportTarget } from '../../../../shared/import-export';
import { withQuery } from '../../../lib/api-client';
import { useLookups } from '../../../lib/lookups/get-lookups';
import { useLookupDropdown } from '../../../lib/use-lookup-dropdown';

/**
 * CSV downloads: the contacts (all, or the part a search and filters select; a link from the register may pass
 * them as ?search=&custCat=&classification=) or a whole code list.
 */
export function ExportSection() {
  const { t } = useTranslation('import-export');
  const [params] = useSearchParams();
  const lookups = useLookups();
  const classDropdown = useLookupDropdown();
  const classificationDropdown = useLookupDropdown();
  const [target, setTarget] = useState<ImportTarget>('contacts');
  const [search, setSearch] = useState(params.get('search') ?? '');
  const [custCat, setCustCat] = useState<string | null>(params.get('custCat'));
  const [classification, setClassification] = useState<string | null>(params.get('classification'));
  const href = withQuery(
    `/api/export/${importTargetPath[target]}`,
    target === 'contacts' ? { search: search.trim(), custCat, classification } : {},
  );

  return (
    <Paper withBorder p="md">
      <Stack gap="md">
        <div>
          <Title order={2} size="h4">
            {t('export.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('export.description')}
          </Text>
        </div>
        <Group align="flex-end" gap="sm">
          <Select
            label={t('export.target')}
            data={importTargets.map((item) => ({ value: item, label: t(`targets.${item}`) }))}
            value={target}
            onChange={(value) => value && setTarget(value)}
            allowDeselect={false}
            w={200}
          />
          {target === 'contacts' && (
            <>
              <TextInput
                label={t('export.search')}
                placeholder={t('export.searchPlaceholder')}
                value={search}
                onChange={(event) => setSearch(event.currentTarget.value)}
                w={200}
              />
              <Select
                label={t('export.customerClass')}
                placeholder={t('export.anyCustomerClass')}
                data={
                  lookups.data?.customerClasses.map((item) => ({
                    value: item.code,
                    label: `${item.code} — ${item.name}`,
                  })) ?? []
                }
                value={custCat}
                onChange={setCustCat}
                searchable
                clearable
                w={200}
                {...classDropdown}
              />
              <Select
                label={t('export.classification')}
                placeholder={t('export.anyClassification')}
                data={
                  lookups.data?.classifications.map((item) => ({
                    value: item.code,
                    label: `${item.code} — ${item.name}`,
                  })) ?? []
                }
                value={classification}
                onChange={setClassification}
                searchable
                clearable
                w={220}
                {...classificationDropdown}
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
