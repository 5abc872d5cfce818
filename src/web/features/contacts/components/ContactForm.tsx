import { Button, Checkbox, Fieldset, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconAlertTriangle, IconDeviceFloppy } from '@tabler/icons-react';
import { useEffect, type FormEvent, type ReactNode } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { contactInputSchema, type Contact, type ContactInput } from '../../../../shared/contacts';
import { emailProblem } from '../../../../shared/email';
import type { ContactFieldName } from '../../../../shared/contact-fields';
import { formatDateTime } from '../../../lib/format';
import { sharedSchemaResolver } from '../../../lib/form-resolver';
import { currentLanguage } from '../../../lib/i18n';
import { useLookups } from '../../../lib/lookups/get-lookups';
import { useFieldLabel } from '../../../lib/use-field-label';
import { useUnsavedChangesGuard } from '../../../lib/use-unsaved-changes-guard';
import { readOnlyChoiceProps } from '../../../lib/components/CodeSelect';
import { CodeSelectField } from '../../../lib/components/CodeSelectField';
import { classificationOptions, customerClassOptions, objectOptions } from '../../../lib/lookups/code-options';

const otherTextFields = ['VATNr', 'RegNr1', 'Comment'] as const;
const addressFields = ['InvAddr0', 'InvAddr1', 'InvAddr2', 'InvAddr3', 'InvAddr4'] as const;

interface ContactFormProps {
  /** The saved contact, or undefined for a new one */
  contact?: Contact;
  defaultValues: ContactInput;
  saving: boolean;
  /** Saves; rejects with the server's error so that field messages land on their inputs */
  onSave: (
    input: ContactInput,
    form: { setError: ReturnType<typeof useForm<ContactInput>>['setError'] },
  ) => Promise<void>;
  /** The card's operations menu, placed beside Salvesta; it is told whether the form has unsaved changes */
  actions?: (state: { dirty: boolean }) => ReactNode;
  /** A contact from Standard Books: every field is Standard Books', so none can be changed here and nothing saved */
  readOnly?: boolean;
}

/** Kontakti kaart's fields, with ids equal to Standard Books' field names. */
export function ContactForm({ contact, defaultValues, saving, onSave, actions, readOnly = false }: ContactFormProps) {
  const { t } = useTranslation(['contacts', 'common']);
  const label = useFieldLabel();
  const lookups = useLookups();
  const form = useForm<ContactInput>({
    resolver: sharedSchemaResolver(contactInputSchema),
    defaultValues,
    values: defaultValues,
  });
  const { register, control, handleSubmit, formState, setError, setFocus } = form;
  useUnsavedChangesGuard(formState.isDirty && !formState.isSubmitting);
  // The card opens ready to type: in Kood for a new contact, else in Nimi (the first field that can change).
  const savedCode = contact?.Code;
  useEffect(() => setFocus(savedCode === undefined ? 'Code' : 'Name'), [savedCode, setFocus]);

  const save = handleSubmit((values) => onSave(values, { setError }));
  // A read-only card has nothing to save: neither sent nor checked, so no field messages nobody here can act on.
  const submit = (event?: FormEvent) => {
    if (readOnly) event?.preventDefault();
    else void save(event);
  };
  useHotkeys([['mod+S', () => submit()]], []);

  const problem = emailProblem(useWatch({ control, name: 'eMail' }));
  const error = (name: keyof ContactInput) => formState.errors[name]?.message;
  // Read-only, not disabled: a Standard Books contact stays legible, reachable by Tab, selectable and announced.
  const locked = readOnly ? ({ readOnly: true, variant: 'filled' } as const) : {};
  const textInput = (
    name: ContactFieldName & keyof ContactInput,
    extra: { readOnly?: boolean; variant?: 'filled'; description?: ReactNode } = {},
  ) => <TextInput id={name} label={label(name)} error={error(name)} {...locked} {...extra} {...register(name)} />;
  // Mantine's readOnly Checkbox ignores clicks and Space; aria-readonly tells a screen reader why.
  const checkbox = (name: 'NoMailPosting' | 'blockedFlag') => (
    <Checkbox
      id={name}
      label={label(name)}
      readOnly={readOnly}
      aria-readonly={readOnly || undefined}
      {...register(name)}
    />
  );

  return (
    <form onSubmit={submit} noValidate aria-label={t('card.title')}>
      <Stack gap="md">
        <Group justify="flex-end" gap="xs">
          {readOnly && (
            <Text size="sm" c="dimmed" mr="auto">
              {t('card.readOnly')}
            </Text>
          )}
          {actions?.({ dirty: formState.isDirty })}
          {!readOnly && (
            <Button type="submit" loading={saving} leftSection={<IconDeviceFloppy size={16} />} title="Ctrl+S">
              {t('common:save')}
            </Button>
          )}
        </Group>
        <Fieldset legend={t('card.sections.main')}>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {/* Read-only, not disabled, once saved: the code stays legible and reachable by Tab and a screen reader. */}
            {textInput('Code', contact ? { readOnly: true, variant: 'filled', description: t('card.codeLocked') } : {})}
            {textInput('Name')}
            <Controller
              control={control}
              name="CustType"
              render={({ field }) => (
                <Select
                  id="CustType"
                  label={label('CustType')}
                  data={[
                    { value: '0', label: t('card.contactTypes.0') },
                    { value: '1', label: t('card.contactTypes.1') },
                  ]}
                  value={String(field.value)}
                  onChange={(value) => field.onChange(value === '1' ? 1 : 0)}
                  allowDeselect={false}
                  error={error('CustType')}
                  {...locked}
                  {...(readOnly ? readOnlyChoiceProps : {})}
                />
              )}
            />
            <CodeSelectField
              control={control}
              name="CustCat"
              id="CustCat"
              label={label('CustCat')}
              {...locked}
              data={customerClassOptions(lookups.data)}
            />
            <CodeSelectField
              control={control}
              name="Classification"
              multiple
              id="Classification"
              label={label('Classification')}
              {...locked}
              data={classificationOptions(lookups.data)}
            />
            {textInput('Person')}
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('card.sections.communication')}>
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            {textInput('eMail', {
              description: problem && (
                <Group gap={4} c="orange" component="span" wrap="nowrap">
                  <IconAlertTriangle size={14} aria-hidden />
                  {problem === 'missing' ? t('card.emailMissing') : t('card.emailInvalid')}
                </Group>
              ),
            })}
            {textInput('Phone')}
            {textInput('Mobile')}
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('card.sections.address')}>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {textInput('CountryCode')}
            {addressFields.map((name) => (
              <div key={name}>{textInput(name)}</div>
            ))}
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('card.sections.other')}>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <CodeSelectField
              control={control}
              name="Objects"
              multiple
              id="Objects"
              label={label('Objects')}
              {...locked}
              data={objectOptions(lookups.data)}
            />
            {otherTextFields.map((name) => (
              <div key={name}>{textInput(name)}</div>
            ))}
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('card.sections.flags')}>
          <Group gap="xl">
            {checkbox('NoMailPosting')}
            {checkbox('blockedFlag')}
          </Group>
          {contact && (
            <Group gap="xl" mt="md">
              <Text size="sm" c="dimmed" id="DateCreated">
                {label('DateCreated')}: {formatDateTime(contact.DateCreated, currentLanguage())}
              </Text>
              <Text size="sm" c="dimmed" id="DateChanged">
                {label('DateChanged')}: {formatDateTime(contact.DateChanged, currentLanguage())}
              </Text>
            </Group>
          )}
        </Fieldset>
      </Stack>
    </form>
  );
}
