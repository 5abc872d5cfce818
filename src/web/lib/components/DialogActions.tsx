import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface DialogActionsProps {
  /** The submit button's text, e.g. "Aktiveeri" */
  submitLabel: string;
  /** The submit is on its way: the button shows it and cannot be pressed again */
  loading: boolean;
  onCancel: () => void;
  /** @default false */
  disabled?: boolean;
  /** An icon before the submit text */
  submitIcon?: ReactNode;
}

/** The foot of a form dialog: "Loobu", then the submit button that Enter presses. */
export function DialogActions({ submitLabel, loading, onCancel, disabled = false, submitIcon }: DialogActionsProps) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('cancel')}
      </Button>
      <Button type="submit" loading={loading} disabled={disabled} leftSection={submitIcon}>
        {submitLabel}
      </Button>
    </Group>
  );
}
