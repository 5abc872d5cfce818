import { Checkbox } from '@mantine/core';
import { modals } from '@mantine/modals';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatCount } from './job-text';

interface ForgetClosedOptionProps {
  /** The dry run's count of closed contacts' e-mails that would be forgotten */
  count: number;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/**
 * "Unusta suletud kontaktid Smailys": an administrator's option of the push, off by default, with its own count;
 * it can only be ticked while there is something to forget.
 */
export function ForgetClosedOption({ count, checked, onChange }: ForgetClosedOptionProps) {
  const { t } = useTranslation('push-jobs');
  return (
    <Checkbox
      label={t('forgetClosed.label', { n: formatCount(count) })}
      description={t('forgetClosed.hint')}
      checked={checked && count > 0}
      disabled={count === 0}
      onChange={(event) => onChange(event.currentTarget.checked)}
    />
  );
}

/** Asks before anything is forgotten, naming how many addresses and that it cannot be undone. */
export function confirmForgetClosed(t: TFunction<['push-jobs', 'common']>, count: number, onConfirm: () => void) {
  modals.openConfirmModal({
    title: t('forgetClosed.title', { n: formatCount(count) }),
    children: t('forgetClosed.body', { n: formatCount(count) }),
    labels: { confirm: t('forgetClosed.confirm'), cancel: t('common:cancel') },
    confirmProps: { color: 'red' },
    onConfirm,
  });
}
