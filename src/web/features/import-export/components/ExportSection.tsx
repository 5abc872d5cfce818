import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { contactExportQuerySchema, importTargetPath, type ImportTarget } from '../../../../shared/import-export';
import { withQuery } from '../../../lib/api-client';
import { parseListParams } from '../../../lib/list-search-params';
import { useLookups } from '../../../lib/lookups/get-lookups';
import { CodeSelect } from '../../../lib/components/CodeSelect';
import { classificationOptions, customerClassOptions } from '../../../lib/lookups/code-options';
import { SectionHeading, TargetSelect } from './SectionParts';

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
  const [custCat, setCustCat] = useState(fromLink.custCat ?? '');
  const [classification, setClassification] = useState(fromLink.classification ?? '');
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
              <CodeSelect
                label={t('export.customerClass')}
                placeholder={t('export.anyCustomerClass')}
                data={customerClassOptions(lookups.data)}
                w={220}
                value={custCat}
                onChange={setCustCat}
              />
              <CodeSelect
                label={t('export.classification')}
                placeholder={t('export.anyClassification')}
                data={classificationOptions(lookups.data)}
                w={220}
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
