import { Alert } from '@mantine/core';
import { IconBooks } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useContactOrigin } from '../api/get-contact-origin';

/**
 * A contact read from Standard Books says so on its card: the next read writes Standard Books' values over what
 * is changed here, and a contact Standard Books no longer has is kept, marked, and not pushed.
 */
export function StandardBooksOrigin({ code }: { code: string }) {
  const { t } = useTranslation('contacts');
  const origin = useContactOrigin(code).data;
  if (origin?.source !== 'standard-books') return null;
  const language = currentLanguage();
  if (origin.removedFromStandardBooksAt) {
    return (
      <Alert color="orange" icon={<IconBooks />} mb="sm" title={t('origin.removedTitle')}>
        {t('origin.removed', { at: formatDateTime(origin.removedFromStandardBooksAt, language) })}
      </Alert>
    );
  }
  return (
    <Alert color="blue" variant="light" icon={<IconBooks />} mb="sm" title={t('origin.title')}>
      {t('origin.fromStandardBooks', { at: formatDateTime(origin.readAt, language) })}
    </Alert>
  );
}
