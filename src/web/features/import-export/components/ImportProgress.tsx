import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import type { ImportProgressState } from './use-import-flow';

/** The import's progress bar: uploading rows, checking them (no count to show), or saving them. */
export function ImportProgress({ progress }: { progress: ImportProgressState | 'checking' }) {
  const { t } = useTranslation('import-export');
  const language = currentLanguage();
  const value = progress === 'checking' ? 100 : progress.total === 0 ? 100 : (progress.done / progress.total) * 100;
  const text =
    progress === 'checking'
      ? t('progress.checking')
      : t(`progress.${progress.phase}`, {
          done: formatNumber(progress.done, language),
          total: formatNumber(progress.total, language),
        });
  return (
    <Stack gap={4}>
      <Progress
        value={value}
        animated={progress === 'checking'}
        striped={progress === 'checking'}
        size="lg"
        aria-label={t('progress.label')}
      />
      <Text size="sm" c="dimmed" aria-live="polite">
        {text}
      </Text>
    </Stack>
  );
}
