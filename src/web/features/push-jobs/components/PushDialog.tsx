import { Center, Loader, Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { JobView } from './JobView';
import { PushForm } from './PushForm';
import type { ShownJob } from './use-shown-job';

interface PushDialogProps {
  opened: boolean;
  /** Escape, Loobu and Sulge; a running job goes on */
  onClose: () => void;
  /** Which job the dialog shows, if any */
  shown: ShownJob;
}

/** Kontaktide andmed Smaily keskkonda: the määramisaken, then the job it started — the same job until a new push. */
export function PushDialog({ opened, onClose, shown }: PushDialogProps) {
  const { t } = useTranslation(['push-jobs', 'common']);
  let content;
  if (shown.deciding) {
    content = (
      <Center py="xl">
        <Loader aria-label={t('common:loading')} />
      </Center>
    );
  } else if (shown.jobId === null) {
    content = <PushForm onShowJob={shown.showJob} onClose={onClose} />;
  } else {
    content = (
      <JobView
        key={shown.jobId}
        jobId={shown.jobId}
        onClose={onClose}
        onNewPush={shown.showForm}
        onShowJob={shown.showJob}
      />
    );
  }
  return (
    <Modal opened={opened} onClose={onClose} title={t('common:nav.smailyPush')} size="lg">
      {content}
    </Modal>
  );
}
