import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SyncLogEntry } from '../../../../shared/sync-log';
import { paths } from '../../../lib/paths';

/** "Mida": the setting, contact, job or list an entry is about; a contact links to its card, a job to its summary. */
export function EntrySubject({ entry }: { entry: SyncLogEntry }) {
  const { t } = useTranslation(['sync-log', 'common']);
  const { kind, subject } = entry;
  if (kind === 'activation' || kind === 'deactivation') return <Text size="sm">{t('subjects.smailyAccount')}</Text>;
  if (kind === 'mapping') return <Text size="sm">{t('subjects.mapping')}</Text>;
  // A consent read of the whole list, or the closed contacts of a bulk push forgotten, name no one contact.
  if (kind === 'consent' && subject === null) return <Text size="sm">{t('subjects.unsubscribers')}</Text>;
  if (kind === 'forget' && subject === null) return <Text size="sm">{t('subjects.closedContacts')}</Text>;
  if (kind === 'standard-books-connection' || kind === 'standard-books-read') {
    return <Text size="sm">{t('subjects.standardBooks')}</Text>;
  }
  if (kind === 'standard-books-setting') return <Text size="sm">{t('subjects.sbWriteBack')}</Text>;
  if (subject === null) return <Text size="sm">{t('common:none')}</Text>;
  const aboutContact = ['push', 'consent', 'forget', 'standard-books-clash', 'standard-books-write'];
  if (aboutContact.includes(kind)) {
    return (
      <Anchor component={Link} to={paths.contact(subject)} size="sm">
        {t('subjects.contact', { code: subject })}
      </Anchor>
    );
  }
  // The subject of a job entry is the job's id: it opens the job's summary and report.
  if (kind === 'job') {
    return (
      <Anchor component={Link} to={paths.smailyPushJob(subject)} size="sm">
        {t('subjects.job', { id: subject })}
      </Anchor>
    );
  }
  return <Text size="sm">{subject}</Text>;
}
