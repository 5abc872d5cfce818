import { Alert, Anchor, Center, Loader } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { emptyContactInput, type Contact, type ContactInput } from '../../../../shared/contacts';
import { PageTitle } from '../../../lib/components/PageTitle';
import { QueryError } from '../../../lib/components/QueryError';
import { HttpError } from '../../../lib/http-error';
import { paths } from '../../../lib/paths';
import { applyServerErrors } from '../../../lib/server-errors';
import { useContact } from '../api/get-contact';
import { useSaveContact } from '../api/save-contact';
import { ContactForm } from './ContactForm';
import { rememberedRegisterPath } from './register-search-params';

function toInput({ DateCreated: _created, DateChanged: _changed, ...input }: Contact): ContactInput {
  return input;
}

/** Kontakti kaart: a new contact (no code in the address) or an existing one. */
export function ContactCardPage() {
  const { t } = useTranslation('contacts');
  const { code } = useParams();
  const navigate = useNavigate();
  const contact = useContact(code);
  const save = useSaveContact();

  const back = (
    <Anchor component={Link} to={rememberedRegisterPath()} size="sm">
      <IconArrowLeft size={14} /> {t('card.backToRegister')}
    </Anchor>
  );

  if (code !== undefined && contact.isPending) {
    return (
      <Center p="xl">
        <Loader aria-label={t('common:loading')} />
      </Center>
    );
  }
  if (contact.error instanceof HttpError && contact.error.status === 404) {
    return (
      <>
        {back}
        <Alert color="yellow" mt="md" role="alert">
          {t('card.notFound', { code })}
        </Alert>
      </>
    );
  }
  if (contact.error) return <QueryError error={contact.error} onRetry={() => void contact.refetch()} />;

  const saved = contact.data;
  return (
    <>
      {back}
      <PageTitle title={saved ? `${t('card.title')}: ${saved.Code} ${saved.Name}` : t('card.titleNew')} />
      <ContactForm
        key={saved?.Code ?? 'new'}
        contact={saved}
        defaultValues={saved ? toInput(saved) : emptyContactInput}
        saving={save.isPending}
        onSave={async (input, { setError }) => {
          try {
            const result = await save.mutateAsync({ existingCode: saved?.Code, input });
            notifications.show({ color: 'green', message: t('card.saved', { code: result.Code }) });
            if (!saved) void navigate(paths.contact(result.Code), { replace: true });
          } catch (error) {
            if (!applyServerErrors(error, setError, Object.keys(emptyContactInput))) {
              notifications.show({ color: 'red', title: t('common:saveFailed'), message: error instanceof Error ? error.message : String(error) });
            }
          }
        }}
      />
    </>
  );
}
