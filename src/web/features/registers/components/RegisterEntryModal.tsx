import { Alert, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  isTypedKind,
  registerEntryInputSchema,
  type RegisterEntry,
  type RegisterKind,
} from '../../../../shared/registers';
import { sharedSchemaResolver } from '../../../lib/form-resolver';
import { useLookups } from '../../../lib/lookups/get-lookups';
import { applyServerErrors, formLevelError } from '../../../lib/server-errors';
import { CodeSelectField } from '../../../lib/components/CodeSelectField';
import { DialogActions } from '../../../lib/components/DialogActions';
import { codeOption } from '../../../lib/lookups/code-options';
import { useSaveRegisterEntry } from '../api/save-register-entry';

interface RegisterEntryModalProps {
  kind: RegisterKind;
  /** The entry being edited, 'new' for a new one, null when closed */
  editing: RegisterEntry | 'new' | null;
  onClose: () => void;
}

/** Create or edit one entry of a code list; the code is locked once saved. */
export function RegisterEntryModal({ kind, editing, onClose }: RegisterEntryModalProps) {
  const { t } = useTranslation(['registers', 'common']);
  const entry = editing === 'new' ? null : editing;
  return (
    <Modal
      opened={editing !== null}
      onClose={onClose}
      title={entry ? t(`kinds.${kind}.edit`, { code: entry.code }) : t(`kinds.${kind}.new`)}
    >
      {editing !== null && <EntryForm key={entry?.code ?? 'new'} kind={kind} entry={entry} onClose={onClose} />}
    </Modal>
  );
}

function EntryForm({ kind, entry, onClose }: { kind: RegisterKind; entry: RegisterEntry | null; onClose: () => void }) {
  const { t } = useTranslation(['registers', 'common']);
  const typed = isTypedKind(kind);
  const schema = useMemo(() => registerEntryInputSchema(kind), [kind]);
  const save = useSaveRegisterEntry();
  const lookups = useLookups();
  // Where the entry came from is the server's to say, not a field of the form.
  const { source: _source, ...stored } = entry ?? {};
  const { register, control, handleSubmit, formState, setError } = useForm<RegisterEntry>({
    resolver: sharedSchemaResolver(schema),
    defaultValues: entry ? stored : typed ? { code: '', name: '', typeCode: '' } : { code: '', name: '' },
  });
  const types = kind === 'classifications' ? lookups.data?.classificationTypes : lookups.data?.objectTypes;

  const submit = handleSubmit((values) =>
    save.mutate(
      { kind, existingCode: entry?.code, entry: values },
      {
        onSuccess: (saved) => {
          notifications.show({ color: 'green', message: t('saved', { code: saved.code }) });
          onClose();
        },
        onError: (error) => applyServerErrors(error, setError, ['code', 'name', 'typeCode']),
      },
    ),
  );

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        {formLevelError(save.error) && <Alert color="red">{formLevelError(save.error)}</Alert>}
        <TextInput
          label={t('fields.code')}
          // Read-only, not disabled: the code stays legible and reachable by Tab and a screen reader.
          readOnly={entry !== null}
          variant={entry !== null ? 'filled' : 'default'}
          description={entry !== null ? t('codeLocked') : undefined}
          error={formState.errors.code?.message}
          data-autofocus={entry === null || undefined}
          {...register('code')}
        />
        <TextInput
          label={t('fields.name')}
          error={formState.errors.name?.message}
          data-autofocus={entry !== null || undefined}
          {...register('name')}
        />
        {typed && (
          <CodeSelectField
            control={control}
            name="typeCode"
            label={t(`fields.typeCode.${kind}`)}
            data={types?.map(codeOption) ?? []}
          />
        )}
        <DialogActions submitLabel={t('common:save')} loading={save.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}
