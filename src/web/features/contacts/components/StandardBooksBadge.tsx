import { Badge, Tooltip } from '@mantine/core';
import { IconBooks } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ContactListItem } from '../../../../shared/contacts';

/**
 * A register row's mark for a contact read from Standard Books, as its card's notice says it: read-only here, or
 * removed from Standard Books (still read-only, and no longer pushed). A contact made here has none.
 */
export function StandardBooksBadge({ contact }: { contact: ContactListItem }) {
  const { t } = useTranslation('contacts');
  if (!contact.fromStandardBooks && !contact.removedFromStandardBooks) return null;
  const removed = contact.removedFromStandardBooks;
  return (
    <Tooltip label={removed ? t('register.removedFromStandardBooksHint') : t('register.fromStandardBooksHint')}>
      <Badge
        size="xs"
        color={removed ? 'orange' : 'blue'}
        // The light variant's text is darkened for contrast (app/theme.ts); the outline's orange is 3.6:1 on white.
        variant="light"
        miw="max-content"
        leftSection={<IconBooks size={12} aria-hidden />}
      >
        {removed ? t('register.removedFromStandardBooks') : t('register.fromStandardBooks')}
      </Badge>
    </Tooltip>
  );
}
