import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { importTargetPath, importTargets, type ImportTarget } from '../../../../shared/import-export';
import { PageTitle } from '../../../lib/components/PageTitle';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';

/** Kontaktid › Import / eksport: contacts and code lists in and out as CSV. ?target=<register> picks what to import. */
export function ImportExportPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const initialTarget: ImportTarget =
    importTargets.find((target) => importTargetPath[target] === params.get('target')) ?? 'contacts';
  return (
    <>
      <PageTitle title={t('nav.importExport')} />
      <Stack gap="lg">
        <ImportSection initialTarget={initialTarget} />
        <ExportSection />
      </Stack>
    </>
  );
}
