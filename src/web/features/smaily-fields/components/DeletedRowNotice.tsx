import { Button, Notification } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

export interface DeletedRow<T> {
  /** Where the row was, to put it back there */
  index: number;
  row: T;
}

interface DeletedRowNoticeProps {
  deleted: DeletedRow<{ smailyField: string }>;
  onUndo: () => void;
  onClose: () => void;
  /** Takes the focus when a row is deleted: a delete by keyboard can be undone at once */
  undoRef: Ref<HTMLButtonElement>;
}

/** "Rida 3 (piirkond) kustutati" with Võta tagasi, under the grid until the next delete or until closed. */
export function DeletedRowNotice({ deleted, onUndo, onClose, undoRef }: DeletedRowNoticeProps) {
  const { t } = useTranslation('smaily-fields');
  const row = deleted.index + 1;
  return (
    <Notification role="status" withBorder mt="sm" maw={560} onClose={onClose}>
      {deleted.row.smailyField
        ? t('rowDeleted.named', { row, name: deleted.row.smailyField })
        : t('rowDeleted.unnamed', { row })}{' '}
      <Button
        ref={undoRef}
        variant="subtle"
        size="compact-sm"
        leftSection={<IconArrowBackUp size={16} />}
        onClick={onUndo}
      >
        {t('rowDeleted.undo')}
      </Button>
    </Notification>
  );
}
