import { Button, Text } from '@mantine/core';
import { IconAdjustments } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../lib/components/PageTitle';
import { PushDialog } from './PushDialog';
import { RecentJobs } from './RecentJobs';
import { useShownJob } from './use-shown-job';

/**
 * Kliendihaldus › Funktsioonid › Hooldused › Kontaktide andmed Smaily keskkonda. As a Standard Books maintenance,
 * it opens straight into its dialog (määramisaken); the page behind lists the latest jobs.
 */
export function PushJobsPage() {
  const { t } = useTranslation(['push-jobs', 'common']);
  const [opened, setOpened] = useState(true);
  const shown = useShownJob();
  const open = () => setOpened(true);
  return (
    <>
      <PageTitle
        title={t('common:nav.smailyPush')}
        actions={
          <Button leftSection={<IconAdjustments size={16} />} onClick={open}>
            {t('page.open')}
          </Button>
        }
      />
      <Text size="sm" c="dimmed" mb="lg" maw={760}>
        {t('page.description')}
      </Text>
      <RecentJobs onOpen={open} />
      <PushDialog opened={opened} onClose={() => setOpened(false)} shown={shown} />
    </>
  );
}
