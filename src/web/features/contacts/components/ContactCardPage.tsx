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
import { useContactOrigin } from '../api/get-contact-origin';
import { useSaveContact } from '../api/save-contact';
import { ContactForm } from './ContactForm';
import { ConsentTrail } from './ConsentTrail';
import { ContactOperations } from './ContactOperations';
import { PushOutcome } from './PushOutcome';
import { SmailyViewPanel } from './SmailyViewPanel';
import { StandardBooksOrigin } from './StandardBooksOrigin';
import { rememberedRegisterPath } from './register-search-params';
import { useSmailyPush } from './use-contact-push';
import { useForgetAction } from './use-forget-contact';

function toInput({ DateCreated: _created, DateChanged: _changed, ...input }: Contact): ContactInput {
  return input;
}

type SaveHandler = React.ComponentProps<typeof ContactForm>['onSave'];

function useSaveHandler(saved: Contact | undefined): { save: SaveHandler; saving: boolean } {
  const { t } = useTranslation(['contacts', 'common']);
  const navigate = useNavigate();
  const mutation = useSaveContact();
  const save: SaveHandler = async (input, { setError }) => {
    try {
      const result = await mutation.mutateAsync({ existingCode: saved?.Code, input });
      notifications.show({ color: 'green', message: t('card.saved', { code: result.Code }) });
      if (!saved) void navigate(paths.contact(result.Code), { replace: true });
    } catch (error) {
      if (!applyServerErrors(error, setError, Object.keys(emptyContactInput))) {
        notifications.show({
          color: 'red',
          title: t('common:saveFailed'),
          message: error instanceof Error ? error.message : '',
        });
      }
    }
  };
  return { save, saving: mutation.isPending };
}

/** The operations menu, told whether the form has unsaved changes. */
function Operations({
  contact,
  dirty,
  smailyPush,
}: {
  contact: Contact;
  dirty: boolean;
  smailyPush: ReturnType<typeof useSmailyPush>;
}) {
  const forget = useForgetAction(contact);
  return (
    <ContactOperations
      dirty={dirty}
      pending={smailyPush.pending}
      onPush={() => smailyPush.push()}
      forget={forget && { onForget: forget.forget, disabledReason: forget.disabledReason, pending: forget.pending }}
    />
  );
}

/**
 * A saved contact: its card with the operations menu (Edasta Smaily'sse, Unusta Smailys), what the last push
 * did, what Smaily has said of the contact's consent, and Smaily's own view of it on demand.
 */
function SavedContactCard({ contact }: { contact: Contact }) {
  const { t } = useTranslation(['contacts', 'common']);
  const { save, saving } = useSaveHandler(contact);
  const smailyPush = useSmailyPush(contact.Code);
  const origin = useContactOrigin(contact.Code);
  const fromStandardBooks = origin.data?.source === 'standard-books';
  // The form waits for the origin, so that it opens as it stays: no editable moment before it turns read-only.
  if (origin.isPending) {
    return (
      <Center p="xl">
        <Loader aria-label={t('common:loading')} />
      </Center>
    );
  }
  return (
    <>
      <PageTitle title={`${t('card.title')}: ${contact.Code} ${contact.Name}`} />
      <StandardBooksOrigin code={contact.Code} />
      <PushOutcome code={contact.Code} result={smailyPush.result} error={smailyPush.error} />
      <ConsentTrail code={contact.Code} />
      <SmailyViewPanel code={contact.Code} />
      <ContactForm
        contact={contact}
        defaultValues={toInput(contact)}
        saving={saving}
        onSave={save}
        readOnly={fromStandardBooks}
        actions={({ dirty }) => <Operations contact={contact} dirty={dirty} smailyPush={smailyPush} />}
      />
    </>
  );
}

function NewContactCard() {
  const { t } = useTranslation(['contacts', 'common']);
  const { save, saving } = useSaveHandler(undefined);
  return (
    <>
      <PageTitle title={t('card.titleNew')} />
      <ContactForm defaultValues={emptyContactInput} saving={saving} onSave={save} />
    </>
  );
}

/** Kontakti kaart: a new contact (no code in the address) or an existing one. */
export function ContactCardPage() {
  const { t } = useTranslation(['contacts', 'common']);
  const { code } = useParams();
  const contact = useContact(code);

  const back = (
    <Anchor component={Link} to={rememberedRegisterPath()} size="sm">
      <IconArrowLeft size={14} /> {t('card.backToRegister')}
    </Anchor>
  );

  if (code === undefined) {
    return (
      <>
        {back}
        <NewContactCard />
      </>
    );
  }
  if (contact.isPending) {
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
  return (
    <>
      {back}
      <SavedContactCard key={contact.data.Code} contact={contact.data} />
    </>
  );
}
