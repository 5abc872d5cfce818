import { Alert, Code, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { emailProblem } from '../../../../shared/email';
import { buildSmailyPayload, mappingLookupsFrom } from '../../../../shared/mapping-engine';
import { isContactFieldName, type MappingDraft, type MappingRow } from '../../../../shared/smaily-fields';
import type { Lookups } from '../../../../shared/registers';
import { QueryError } from '../../../lib/components/QueryError';
import { usePreviewContact } from '../api/get-preview-contact';
import { PreviewContactPicker } from './PreviewContactPicker';

/** The rows on screen that the engine can read: a row whose contact field is not chosen yet sends nothing. */
function rowsOnScreen(rows: MappingDraft['rows']): MappingRow[] {
  return rows.flatMap((row) =>
    isContactFieldName(row.contactField) && row.smailyField.trim() !== ''
      ? [{ ...row, smailyField: row.smailyField.trim(), contactField: row.contactField }]
      : [],
  );
}

/** Eelvaade: the exact JSON the grid on screen — saved or not — would send to Smaily for one contact. */
export function PayloadPreview({ lookups }: { lookups: Lookups | undefined }) {
  const { t } = useTranslation('smaily-fields');
  const { control, formState } = useFormContext<MappingDraft>();
  const rows = useWatch({ control, name: 'rows' });
  const [code, setCode] = useState<string | null>(null);
  const contact = usePreviewContact(code);
  const cards = useMemo(() => lookups && mappingLookupsFrom(lookups), [lookups]);
  const payload = contact.data && cards ? buildSmailyPayload(contact.data, rowsOnScreen(rows), cards) : null;
  const problem = contact.data && (contact.data.blockedFlag ? 'closed' : emailProblem(contact.data.eMail));
  const problemText = {
    closed: t('preview.closed'),
    missing: t('preview.emailMissing'),
    invalid: t('preview.emailInvalid'),
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="payload-preview-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="payload-preview-title">
          {t('preview.title')}
        </Title>
        <PreviewContactPicker value={code} onChange={setCode} />
        {contact.error && <QueryError error={contact.error} onRetry={() => void contact.refetch()} />}
        {problem && (
          <Alert color="yellow" p="xs">
            {problemText[problem]}
          </Alert>
        )}
        {payload ? (
          <Code block aria-label={t('preview.jsonLabel')} role="region">
            {JSON.stringify(payload, null, 2)}
          </Code>
        ) : (
          <Text size="sm" c="dimmed">
            {t('preview.empty')}
          </Text>
        )}
        {payload && formState.isDirty && (
          <Text size="xs" c="dimmed">
            {t('preview.unsaved')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
