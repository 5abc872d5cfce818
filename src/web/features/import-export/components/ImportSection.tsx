import { Alert, Button, FileInput, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconFileTypeCsv } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { UnclosedQuoteError } from '../../../../shared/csv';
import { maxImportRows, type ImportTarget } from '../../../../shared/import-export';
import { QueryError } from '../../../lib/components/QueryError';
import { formatNumber } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { formLevelError } from '../../../lib/server-errors';
import { HttpError } from '../../../lib/http-error';
import { ColumnMappingTable } from './ColumnMappingTable';
import { ImportPreviewPanel } from './ImportPreviewPanel';
import { ImportProgress } from './ImportProgress';
import { ImportResult } from './ImportResult';
import { SectionHeading, TargetSelect } from './SectionParts';
import { useImportFlow } from './use-import-flow';

const shownProblems = 10;

/**
 * A refusal's message with its field messages (for an upload, each names its line in the file), for errors no
 * input on this screen shows. A part of 1 000 bad rows lists the first few and counts the rest.
 */
function describeError(error: unknown, t: TFunction<'import-export'>): string | null {
  if (!(error instanceof HttpError) || Object.keys(error.fieldErrors).length === 0) return formLevelError(error);
  const problems = Object.values(error.fieldErrors);
  const more = problems.length - shownProblems;
  const listed = problems.slice(0, shownProblems).join('; ');
  return `${error.message}: ${listed}${more > 0 ? ` ${t('import.moreProblems', { count: more })}` : ''}`;
}

function readErrorText(error: unknown, t: TFunction<'import-export'>): string {
  if (error instanceof UnclosedQuoteError) return t('import.unclosedQuote', { line: error.line });
  return error instanceof Error ? error.message : String(error);
}

export function ImportSection({ initialTarget }: { initialTarget: ImportTarget }) {
  const { t } = useTranslation('import-export');
  const language = currentLanguage();
  const flow = useImportFlow(initialTarget);
  const records = flow.csvFile?.csv.records ?? [];
  const tooMany = records.length > maxImportRows;
  const mapping = flow.csvFile && records.length > 0 && !tooMany && flow.sessionId === null && flow.result === null;
  const preview = flow.sessionId !== null ? flow.preview : null;
  const canConfirm = preview?.data !== undefined && preview.data.create + preview.data.update > 0;
  const uploadError = describeError(flow.uploadError, t);

  return (
    <Paper withBorder p="md">
      <Stack gap="md">
        <SectionHeading title={t('import.title')} description={t('import.description')} />
        <Group align="flex-end" gap="sm">
          <TargetSelect
            label={t('import.target')}
            value={flow.target}
            onChange={flow.chooseTarget}
            disabled={flow.busy}
          />
          <FileInput
            label={t('import.file')}
            placeholder={t('import.filePlaceholder')}
            accept=".csv,text/csv,text/plain"
            leftSection={<IconFileTypeCsv size={16} />}
            value={flow.file}
            onChange={(file) => void flow.chooseFile(file)}
            clearable
            disabled={flow.busy}
            w={320}
          />
        </Group>
        {flow.readError !== null && (
          <Alert color="red" title={t('import.readFailed')} role="alert">
            {readErrorText(flow.readError, t)}
          </Alert>
        )}
        {flow.csvFile && (
          <Text size="sm">
            {t('import.fileSummary', {
              rows: formatNumber(records.length, language),
              separator: t(`import.separators.${flow.csvFile.csv.separator}`),
            })}
          </Text>
        )}
        {flow.csvFile?.legacyEncoding && (
          <Alert color="yellow" icon={<IconAlertTriangle />}>
            {t('import.legacyEncoding')}
          </Alert>
        )}
        {flow.csvFile && records.length === 0 && <Alert color="yellow">{t('import.noRows')}</Alert>}
        {tooMany && (
          <Alert color="red">{t('import.tooManyRows', { max: formatNumber(maxImportRows, language) })}</Alert>
        )}

        {mapping && flow.csvFile && (
          <Stack gap="sm">
            <Title order={3} size="h5">
              {t('mapping.title')}
            </Title>
            <ColumnMappingTable
              target={flow.target}
              header={flow.csvFile.csv.header}
              sample={records[0]?.cells ?? []}
              mapping={flow.mapping}
              problems={flow.columnProblems}
              onChange={flow.mapColumn}
              disabled={flow.busy}
            />
            {flow.keyMissing && <Alert color="yellow">{t('mapping.keyMissing', { field: flow.keyField })}</Alert>}
            {uploadError && (
              <Alert color="red" role="alert">
                {uploadError}
              </Alert>
            )}
            {flow.progress?.phase === 'uploading' && <ImportProgress progress={flow.progress} />}
            <Group>
              <Button onClick={flow.startPreview} disabled={!flow.canPreview} loading={flow.busy}>
                {t('mapping.preview')}
              </Button>
            </Group>
          </Stack>
        )}

        {preview?.isFetching && <ImportProgress progress="checking" />}
        {preview?.error && <QueryError error={preview.error} onRetry={() => void preview.refetch()} />}
        {preview?.data && !preview.isFetching && (
          <Stack gap="sm">
            <Title order={3} size="h5">
              {t('preview.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('preview.nothingWritten')} {preview.data.rejected > 0 && t('preview.rejectedSkipped')}
            </Text>
            <ImportPreviewPanel key={flow.sessionId} target={flow.target} preview={preview.data} />
            {formLevelError(flow.commitError) && (
              <Alert color="red" title={t('result.failed')} role="alert">
                {formLevelError(flow.commitError)}
              </Alert>
            )}
            {!canConfirm && <Alert color="yellow">{t('preview.nothingToDo')}</Alert>}
            {flow.progress?.phase === 'saving' && <ImportProgress progress={flow.progress} />}
            <Group>
              <Button onClick={flow.confirm} disabled={!canConfirm} loading={flow.busy}>
                {t('preview.confirm')}
              </Button>
              <Button variant="default" onClick={flow.cancelPreview} disabled={flow.busy}>
                {t('preview.cancel')}
              </Button>
            </Group>
          </Stack>
        )}

        {flow.result && <ImportResult target={flow.target} result={flow.result} onAgain={flow.startOver} />}
      </Stack>
    </Paper>
  );
}
